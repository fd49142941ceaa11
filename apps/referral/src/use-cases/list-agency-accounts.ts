import { Injectable } from '@nestjs/common';
import { Principal } from '@relais/auth';
import { AccountDirectory } from '../accounts/account-directory';
import { agencyGroupPath } from '../domain/accounts';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { AccountView, accountView, assertMayManage } from './shared/agency-accounts';

/** The accounts of one agency, for its administrator or the coordinator. */
@Injectable()
export class ListAgencyAccounts {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly directory: AccountDirectory,
  ) {}

  async execute(principal: Principal, agencyId: string): Promise<AccountView[]> {
    assertMayManage(principal, agencyId);
    if (!(await this.agencies.find(agencyId))) throw new ReferralException(ReferralErrorCode.AgencyNotFound, { id: agencyId });
    const path = agencyGroupPath(agencyId);
    const groupId = await this.directory.findGroup(path);
    // No group yet: the agency was added to the directory and nobody has an account there.
    if (!groupId) return [];
    return (await this.directory.listMembers(groupId, path)).map(accountView);
  }
}
