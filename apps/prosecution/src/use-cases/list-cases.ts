import { Injectable } from '@nestjs/common';
import { Principal } from '@relais/auth';
import { CaseListFilter, CasePageRequest, CasePosition, CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseScope } from '../persistence/scope';
import { caseSummary, CaseSummary } from './case-views';

/** A page of cases and, when more follow, where the next one starts (the HTTP layer makes it a cursor). */
export interface CaseSlice {
  items: CaseSummary[];
  next?: CasePosition;
}

/**
 * The cases the caller may see, newest first: a prosecutor's office's, or every case for the
 * coordinator. Pseudonymous (victimRefs only), so listing is not an audited read of personal data.
 */
@Injectable()
export class ListCases {
  constructor(
    private readonly cases: CaseRepository,
    private readonly identifications: IdentificationRepository,
  ) {}

  async execute(principal: Principal, filter: CaseListFilter, page: CasePageRequest): Promise<CaseSlice> {
    const { cases, next } = await this.cases.list(caseScope(principal), filter, page);
    const links = await this.identifications.ofCases(cases.map((c) => c.id));
    return { items: cases.map((c) => caseSummary(c, links)), ...(next ? { next } : {}) };
  }
}
