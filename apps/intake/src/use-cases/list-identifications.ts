import { Injectable } from '@nestjs/common';
import { accessScope, Principal, ScopeRules } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { Identification } from '../domain/identification';
import { IdentificationRepository, ListFilter } from '../persistence/identification.repository';

/** Who sees which identifications in the list (no personal data in it): officers their unit, supervisors their region. */
export const LIST_RULES: ScopeRules = { police_officer: 'unit', police_supervisor: 'region', coordinator: 'all' };

export interface IdentificationPage {
  items: Identification[];
  /** Where the next page starts; absent on the last page. */
  next?: { identifiedAt: string; id: string };
}

@Injectable()
export class ListIdentifications {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
  ) {}

  async execute(principal: Principal, query: ListFilter): Promise<IdentificationPage> {
    const scope = accessScope(principal, LIST_RULES);
    const rows = await this.tx.run(() => this.identifications.list(scope, { ...query, limit: query.limit + 1 }));
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return { items, ...(rows.length > query.limit && last ? { next: { identifiedAt: last.identifiedAt, id: last.id } } : {}) };
  }
}
