import { HttpStatus, Injectable } from '@nestjs/common';
import { ConsentChanged, ConsentGiver } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { canonicalJson, IdempotencyStore, IdempotentResult } from '@relais/platform';
import { readerOf } from '../domain/access';
import { ConsentPurpose, consentGiverAllowed, consentState } from '../domain/consent';
import { consentChanged } from '../domain/events';
import { ConsentState } from '../domain/identification';
import { IntakeErrorCode, IntakeException } from '../domain/intake-errors';
import { ConsentRepository } from '../persistence/consent.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { violationException } from './rule-violations';

export interface ConsentChange {
  purpose: ConsentPurpose;
  recipient?: string;
  givenBy: ConsentGiver;
  withdrawn: boolean;
  recordedAt: string;
}

/** The answer, stored for replays: ids and codes only. */
export interface ConsentChangeReceipt {
  id: string;
  victimRef: string;
  identificationId: string;
  purpose: ConsentPurpose;
  recipient?: string;
  givenBy: ConsentGiver;
  withdrawn: boolean;
  recordedAt: string;
  consent: ConsentState;
}

export const CONSENT_SCOPE = 'intake:record-consent';

/**
 * Adds a consent act (given again, or withdrawn) to the person's history, recomputes the consent
 * in force and, when it changed, tells the other services. Idempotent on the act's id.
 */
@Injectable()
export class RecordConsentChange {
  constructor(
    private readonly tx: TransactionHost,
    private readonly idempotency: IdempotencyStore,
    private readonly identifications: IdentificationRepository,
    private readonly consents: ConsentRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, victimRef: string, id: string, change: ConsentChange): Promise<IdempotentResult<ConsentChangeReceipt>> {
    const fingerprint = { victimRef, change: canonicalJson(change) };
    return this.tx.run(async (manager) => {
      // Access first: a replayed answer holds the person's consent state, and an id someone else
      // used must not let this caller read it.
      const found = await this.identifications.findByVictimRefFor(readerOf(principal, 'consent'), victimRef);
      if (!found) throw new IntakeException(IntakeErrorCode.VictimNotFound, { victimRef });
      return this.idempotency.execute(manager, { scope: CONSENT_SCOPE, key: id, fingerprint }, async () => {
        const { identification } = found;
        if (identification.status === 'personalDataErased') throw new IntakeException(IntakeErrorCode.PersonalDataErased, { victimRef });
        if (!consentGiverAllowed(identification.isMinor, change.givenBy)) throw violationException([{ path: 'givenBy', code: 'minorConsentGiver' }]);

        const recordedAt = new Date(change.recordedAt).toISOString();
        await this.consents.add(identification.id, {
          id,
          purpose: change.purpose,
          ...(change.recipient !== undefined ? { recipient: change.recipient } : {}),
          givenBy: change.givenBy,
          given: !change.withdrawn,
          withdrawn: change.withdrawn,
          recordedAt,
          recordedBy: principal.sub,
        });
        const consent = consentState(await this.consents.listFor(identification.id));
        const changed = canonicalJson(consent) !== canonicalJson(identification.consent);
        if (changed) {
          const now = new Date().toISOString();
          await this.identifications.saveConsent(identification.id, consent, now);
          await this.outbox.emit(manager, ConsentChanged, consentChanged({ ...identification, consent }, now));
        }
        await this.audit.append(manager, {
          actor: principal.sub,
          action: 'consent.record',
          resourceType: 'person',
          resourceId: victimRef,
          outcome: 'success',
          details: { consentRecordId: id, purpose: change.purpose, withdrawn: change.withdrawn, stateChanged: changed },
        });
        const receipt: ConsentChangeReceipt = {
          id, victimRef, identificationId: identification.id, purpose: change.purpose, givenBy: change.givenBy,
          withdrawn: change.withdrawn, recordedAt, consent, ...(change.recipient !== undefined ? { recipient: change.recipient } : {}),
        };
        return { status: HttpStatus.CREATED, body: receipt };
      });
    });
  }
}
