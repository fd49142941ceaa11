import { Injectable } from '@nestjs/common';
import { Principal } from '@relais/auth';
import { CASE_STAGES, CaseStage } from '@relais/contracts';
import { CaseListFilter, CaseRepository } from '../persistence/case.repository';
import { caseScope } from '../persistence/scope';

export interface CaseCounts {
  /** Every stage, 0 when no case is at it, so a board shows each column without guessing. */
  byStage: Record<CaseStage, number>;
}

/**
 * How many cases the caller's list holds at each stage, under the list's own scope (a prosecutor's
 * office, every case for the coordinator) and filters: the list pages by cursor and no longer
 * says how long it is. Numbers only, nothing about a person, so not an audited read.
 */
@Injectable()
export class CountCasesByStage {
  constructor(private readonly cases: CaseRepository) {}

  async execute(principal: Principal, filter: Omit<CaseListFilter, 'stages'>): Promise<CaseCounts> {
    const found = await this.cases.countByStage(caseScope(principal), filter);
    return { byStage: Object.fromEntries(CASE_STAGES.map((stage) => [stage, found[stage] ?? 0])) as Record<CaseStage, number> };
  }
}
