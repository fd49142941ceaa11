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

  execute(principal: Principal, status: ChangeRequestStatus | undefined = 'pending'): Promise<AgencyChangeRequestView[]> {
    return this.tx.run(async () => (await this.changeRequests.list(accessScope(principal, CHANGE_REQUEST_SCOPE_RULES), status)).map(changeRequestView));
  }
}
