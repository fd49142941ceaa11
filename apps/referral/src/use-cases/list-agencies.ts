import { Injectable } from '@nestjs/common';
import { AgencyFilter, AgencyRepository } from '../persistence/agency.repository';
import { AgencyView, agencyView } from './shared/views';

/** The directory, for everyone signed in: who offers what, where, and how many beds are free. */
@Injectable()
export class ListAgencies {
  constructor(private readonly agencies: AgencyRepository) {}

  async execute(filter: AgencyFilter): Promise<AgencyView[]> {
    return (await this.agencies.list(filter)).map(agencyView);
  }
}
