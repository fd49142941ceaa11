import { Injectable } from '@nestjs/common';
import { accessScope, Principal, ScopeRules } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { ChangeRequestStatus } from '../domain/agency-change-request';
import { AgencyChangeRequestRepository } from '../persistence/agency-change-request.repository';
import { AgencyChangeRequestView, changeRequestView } from './shared/change-request-view';

/** The coordinator decides every agency's requests; an agency administrator follows its own. */
export const CHANGE_REQUEST_SCOPE_RULES: ScopeRules = {
  coordinator: 'all',
  system_admin: 'all',
  agency_admin: 'agency',
};

@Injectable()
export class ListAgencyChangeRequests {
  constructor(
    private readonly tx: TransactionHost,
    private readonly changeRequests: AgencyChangeRequestRepository,
  ) {}

  /** `all`: the history, which an agency administrator reads to see what the coordinator decided and why. */
  execute(principal: Principal, status: ChangeRequestStatus | 'all' = 'pending'): Promise<AgencyChangeRequestView[]> {
    const only = status === 'all' ? undefined : status;
    return this.tx.run(async () => (await this.changeRequests.list(accessScope(principal, CHANGE_REQUEST_SCOPE_RULES), only)).map(changeRequestView));
  }
}
