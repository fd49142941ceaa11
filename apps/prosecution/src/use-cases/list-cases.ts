import { Injectable } from '@nestjs/common';
import { Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { CaseListFilter, CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseScope } from '../persistence/scope';
import { caseSummary, CaseSummary } from './case-views';

export interface CasePage {
  items: CaseSummary[];
  total: number;
  limit: number;
  offset: number;
}

/**
 * The cases the caller may see, newest first: a prosecutor's office's, or every case for the
 * coordinator. Pseudonymous (victimRefs only), so listing is not an audited read of personal data.
 */
@Injectable()
export class ListCases {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly identifications: IdentificationRepository,
  ) {}

  async execute(principal: Principal, filter: CaseListFilter, limit: number, offset: number): Promise<CasePage> {
    const { cases, total } = await this.cases.list(caseScope(principal), filter, limit, offset);
    const links = await this.identifications.ofCases(cases.map((c) => c.id));
    return { items: cases.map((c) => caseSummary(c, links)), total, limit, offset };
  }
}
