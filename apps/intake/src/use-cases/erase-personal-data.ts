import { Injectable } from '@nestjs/common';
import { PersonalDataErased } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { PersonalDataVault } from '@relais/vault';
import { IntakeErrorCode, IntakeException } from '../domain/intake-errors';
import { DuplicateIndexRepository } from '../persistence/duplicate-index.repository';
import { IdentificationRepository } from '../persistence/identification.repository';

export interface ErasureReceipt {
  victimRef: string;
  identificationIds: string[];
  erasedAt: string;
  /** True when the person's data had already been erased: nothing was done again. */
  alreadyErased: boolean;
}

/**
 * Crypto-shredding: the person's data key is destroyed in the live database, so their sealed
 * details cannot be decrypted there from now on. A backup taken before still holds the data key
 * wrapped under the master key: it is unreadable only once that master key is retired, or the
 * backup expired. The blind-index keys derived from their names go too. The identification stays, with its codes, for statistics; the other services are told.
 * Repeating the request changes nothing and emits nothing.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
    private readonly duplicates: DuplicateIndexRepository,
    private readonly vault: PersonalDataVault,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, victimRef: string): Promise<ErasureReceipt> {
    return this.tx.run(async (manager) => {
      const found = await this.identifications.findByVictimRefForErasure(victimRef);
      if (!found) throw new IntakeException(IntakeErrorCode.VictimNotFound, { victimRef });
      const { identification } = found;
      const identificationIds = [identification.id];
      // Asked before shredding: PersonalDataVault.shred's own answer is not reliable through TypeORM
      // (an UPDATE … RETURNING comes back as [rows, count], so it always says it shredded).
      const keyAlreadyGone = await this.vault.isErased(manager, victimRef);
      await this.vault.shred(manager, victimRef);
      const alreadyErased = identification.status === 'personalDataErased' && keyAlreadyGone;
      const erasedAt = alreadyErased && identification.erasedAt ? identification.erasedAt : new Date().toISOString();
      if (!alreadyErased) {
        await this.identifications.markErased(identification.id, erasedAt);
        await this.duplicates.removeFor(identification.id);
        await this.outbox.emit(manager, PersonalDataErased, { victimRef, identificationIds, erasedAt });
      }
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'personal-data.erase',
        resourceType: 'person',
        resourceId: victimRef,
        outcome: 'success',
        details: { identificationIds, alreadyErased },
      });
      return { victimRef, identificationIds, erasedAt, alreadyErased };
    });
  }
}
