import { HttpStatus, Injectable } from '@nestjs/common';
import { Need } from '@relais/contracts';
import { Principal } from '@relais/auth';
import { IdempotencyStore } from '@relais/platform';
import { TransactionHost } from '@relais/persistence';
import { acceptsPerson } from '../domain/agency';
import { consentAllows, routingSubject } from '../domain/identification';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { mayRefer, RequestedNeed } from '../domain/routing';
import { AgencyRepository } from '../persistence/agency.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { ReferralRouter } from './shared/referral-router';
import { ReferralView, referralView } from './shared/views';

export interface CreateReferralCommand {
  /** Chosen by the client, so that a retry is harmless. */
  id: string;
  identificationId: string;
  need: Need;
  agencyId: string;
  urgent?: boolean;
}

export interface CreatedReferral {
  status: number;
  referral: ReferralView;
}

/**
 * The coordinator refers a person's need to an agency of their choosing: how an escalation is
 * resolved when the rules found no one, or found the wrong one. The choice may leave the rules'
 * order (another region, another type), but not consent (brief §6: adults only with consent,
 * save urgent medical care) nor what the agency does and whom it takes.
 */
@Injectable()
export class CreateReferral {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
    private readonly agencies: AgencyRepository,
    private readonly referrals: ReferralRepository,
    private readonly router: ReferralRouter,
    private readonly idempotency: IdempotencyStore,
  ) {}

  execute(principal: Principal, command: CreateReferralCommand, now = new Date()): Promise<CreatedReferral> {
    return this.tx.run(async (manager) => {
      const result = await this.idempotency.execute(
        manager,
        { scope: 'referral:create-referral', key: command.id, fingerprint: { by: principal.sub, ...command } },
        async () => {
          const { id, identificationId, need, agencyId } = command;
          if (await this.referrals.exists(id)) throw new ReferralException(ReferralErrorCode.ReferralIdTaken, { id });
          const state = await this.identifications.lock(identificationId);
          const subject = state && routingSubject(state);
          if (!state || !subject) throw new ReferralException(ReferralErrorCode.IdentificationNotFound, { identificationId });
          const listed = state.needs?.find((n) => n.need === need);
          const requested: RequestedNeed = {
            need,
            urgent: command.urgent ?? listed?.urgent ?? false,
            referralConsented: consentAllows(state, { referralConsented: listed?.referralConsented ?? state.consent?.referral ?? false }),
          };
          if (!mayRefer(subject, requested)) throw new ReferralException(ReferralErrorCode.ConsentRequired, { identificationId, need });
          const agency = await this.agencies.find(agencyId);
          if (!agency) throw new ReferralException(ReferralErrorCode.AgencyNotFound, { id: agencyId });
          if (!agency.active || !agency.services.includes(need) || !acceptsPerson(agency, subject)) {
            throw new ReferralException(ReferralErrorCode.AgencyCannotTake, { agencyId, need });
          }
          const referral = await this.router.referTo(manager, state, subject, requested, agency, now, principal.sub, id);
          if (!referral) throw new ReferralException(ReferralErrorCode.AlreadyReferred, { agencyId, need });
          return { status: HttpStatus.CREATED, body: referralView(referral) };
        },
      );
      return { status: result.replayed ? HttpStatus.OK : result.status, referral: result.body };
    });
  }
}
