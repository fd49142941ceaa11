import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { IdempotencyStore } from '@relais/platform';
import { TransactionHost } from '@relais/persistence';
import { AgencyProfile, newAgency } from '../domain/agency';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { AgencyView, agencyView } from './shared/views';

export interface CreatedAgency {
  status: number;
  agency: AgencyView;
}

/**
 * Adds an agency under an id the client chooses, so a retry from a poor connection is harmless:
 * the same request again gets the first answer, a different request with the same id 409.
 */
@Injectable()
export class CreateAgency {
  constructor(
    private readonly tx: TransactionHost,
    private readonly agencies: AgencyRepository,
    private readonly idempotency: IdempotencyStore,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, profile: AgencyProfile, now = new Date()): Promise<CreatedAgency> {
    return this.tx.run(async (manager) => {
      const result = await this.idempotency.execute(
        manager,
        { scope: 'referral:create-agency', key: id, fingerprint: { by: principal.sub, id, profile } },
        async () => {
          const agency = newAgency(id, profile, now);
          if (!(await this.agencies.insert(agency))) throw new ReferralException(ReferralErrorCode.AgencyAlreadyExists, { id });
          await this.audit.append(manager, {
            actor: principal.sub,
            action: 'agency.create',
            resourceType: 'agency',
            resourceId: id,
            outcome: 'success',
            details: { type: profile.type, services: profile.services, regions: profile.regions },
          });
          return { status: HttpStatus.CREATED, body: agencyView(agency) };
        },
      );
      return { status: result.replayed ? HttpStatus.OK : result.status, agency: result.body };
    });
  }
}
