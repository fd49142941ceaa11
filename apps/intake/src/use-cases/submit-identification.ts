import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { newVictimRef, uuidv7, VictimIdentified } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { canonicalJson, IdempotencyStore, IdempotentResult } from '@relais/platform';
import { BlindIndex, PersonalDataVault, RequestFingerprint } from '@relais/vault';
import { ageFacts } from '../domain/age';
import { duplicateKeys } from '../domain/duplicates';
import { victimIdentified } from '../domain/events';
import { IdentificationStatus } from '../domain/identification';
import { initialConsentRecords, NewIdentification, recordIdentification, submissionViolations } from '../domain/new-identification';
import { reporterOf } from '../domain/reporter';
import { ConsentRepository } from '../persistence/consent.repository';
import { DuplicateIndexRepository } from '../persistence/duplicate-index.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { violationException } from './rule-violations';

/** The answer to a submission; stored for replays, so it holds ids only. */
export interface IdentificationReceipt {
  id: string;
  victimRef: string;
  status: IdentificationStatus;
  possibleDuplicateOf?: string;
}

export const SUBMISSION_SCOPE = 'intake:submit-identification';

/**
 * Records an identification once, whatever the number of retries: the person's details sealed
 * under a new data key, a possible duplicate flagged, the consent given, the event for the other
 * services and the audit record, all in one transaction with the idempotency key.
 */
@Injectable()
export class SubmitIdentification {
  constructor(
    private readonly tx: TransactionHost,
    private readonly idempotency: IdempotencyStore,
    private readonly vault: PersonalDataVault,
    private readonly blindIndex: BlindIndex,
    private readonly requestFingerprint: RequestFingerprint,
    private readonly identifications: IdentificationRepository,
    private readonly duplicates: DuplicateIndexRepository,
    private readonly consents: ConsentRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, id: string, input: NewIdentification): Promise<IdempotentResult<IdentificationReceipt>> {
    const reporter = reporterOf(principal);
    const age = ageFacts(input.person, input.identifiedAt);
    const violations = submissionViolations(input, age);
    if (violations.length) throw violationException(violations);

    return this.tx.run((manager) =>
      this.idempotency.execute(manager, { scope: SUBMISSION_SCOPE, key: id, fingerprint: this.fingerprint(reporter.unitId, input) }, async () => {
        const victimRef = newVictimRef();
        const keys = duplicateKeys(this.blindIndex, { ...input.person, age: age.age });
        await this.duplicates.lock(keys);
        const possibleDuplicateOf = await this.duplicates.earliestMatch(keys);
        const now = new Date().toISOString();
        const { identification, personal } = recordIdentification(input, { id, victimRef, reporter, age, possibleDuplicateOf, now });

        await this.identifications.insert(identification, await this.vault.sealForNewSubject(manager, victimRef, personal));
        await this.duplicates.add(id, keys);
        await this.consents.addAll(id, initialConsentRecords(input).map((record) => ({ ...record, id: uuidv7(), recordedBy: principal.sub })));
        await this.outbox.emit(manager, VictimIdentified, victimIdentified(identification));
        await this.audit.append(manager, {
          actor: principal.sub,
          action: 'identification.create',
          resourceType: 'identification',
          resourceId: id,
          outcome: 'success',
          details: { victimRef, unitId: reporter.unitId, isMinor: identification.isMinor, ...(possibleDuplicateOf ? { possibleDuplicateOf } : {}) },
        });
        const receipt: IdentificationReceipt = { id, victimRef, status: identification.status, ...(possibleDuplicateOf ? { possibleDuplicateOf } : {}) };
        return { status: HttpStatus.CREATED, body: receipt };
      }),
    );
  }

  /**
   * What makes a retry "the same request": the body (whether the id came in it or in the header)
   * and the unit sending it. Kept only as a keyed
   * hash, so the stored fingerprint cannot be used to test guesses of a person's details; under
   * its own key, so it cannot be matched against the duplicate index either.
   */
  private fingerprint(unitId: string, input: NewIdentification): { unitId: string; body: string } {
    const { id: _id, ...request } = input;
    const digest = createHash('sha256').update(canonicalJson(request)).digest('hex');
    return { unitId, body: this.requestFingerprint.compute(digest) };
  }
}
