import { Injectable } from '@nestjs/common';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { AgencyView, agencyView } from './shared/views';

@Injectable()
export class GetAgency {
  constructor(private readonly agencies: AgencyRepository) {}

  async execute(id: string): Promise<AgencyView> {
    const agency = await this.agencies.find(id);
    if (!agency) throw new ReferralException(ReferralErrorCode.AgencyNotFound, { id });
    return agencyView(agency);
  }
}
