import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { PersonalDataErasedError, PersonalDataVault } from '@relais/vault';
import { AccessBasis, readerOf } from '../domain/access';
import { Identification, PersonalDetails } from '../domain/identification';
import { IntakeErrorCode, IntakeException } from '../domain/intake-errors';
import { ConsentRepository, StoredConsentRecord } from '../persistence/consent.repository';
import { IdentificationRepository } from '../persistence/identification.repository';

export interface IdentificationDetail {
  identification: Identification;
  /** Undefined once the person's data was erased. */
  personal?: PersonalDetails;
  consentRecords: StoredConsentRecord[];
  basis: AccessBasis;
}

/**
 * One identification with the person's details, for those entitled only; everyone else is told
 * it does not exist. Every attempt, granted or not, is written to the audit trail with the
 * reader and the outcome, in the same transaction as the read.
 */
@Injectable()
export class ReadIdentification {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
    private readonly consents: ConsentRepository,
    private readonly vault: PersonalDataVault,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, id: string): Promise<IdentificationDetail> {
    const detail = await this.tx.run(async (manager) => {
      const found = await this.identifications.findFor(readerOf(principal), id);
      if (!found) {
        const reason = (await this.identifications.exists(id)) ? 'notEntitled' : 'notFound';
        await this.audit.append(manager, { actor: principal.sub, action: 'person.read', resourceType: 'identification', resourceId: id, outcome: 'denied', details: { reason } });
        return undefined;
      }
      const { identification, personalData, basis } = found;
      const personal = await this.open(manager, identification.victimRef, personalData);
      const consentRecords = await this.consents.listFor(id);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'person.read',
        resourceType: 'identification',
        resourceId: id,
        outcome: 'success',
        details: { victimRef: identification.victimRef, basis, erased: personal === undefined },
      });
      return { identification, consentRecords, basis, ...(personal ? { personal } : {}) };
    });
    if (!detail) throw new IntakeException(IntakeErrorCode.IdentificationNotFound, { id });
    return detail;
  }

  private async open(manager: Parameters<PersonalDataVault['open']>[0], victimRef: string, sealed: Buffer): Promise<PersonalDetails | undefined> {
    try {
      return await this.vault.open<PersonalDetails>(manager, victimRef, sealed);
    } catch (error) {
      if (error instanceof PersonalDataErasedError) return undefined;
      throw error;
    }
  }
}
