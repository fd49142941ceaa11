import { Injectable } from '@nestjs/common';
import { CaseTransferred } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { EntityManager } from 'typeorm';
import { CaseState } from '../domain/case';
import { CaseRepository } from '../persistence/case.repository';
import { IdentificationLink, IdentificationRepository } from '../persistence/identification.repository';
import { caseFacts } from './case-views';

/**
 * A case moves to another office the same way whoever moves it (its prosecutor, the coordinator,
 * or the system following a corrected place of identification): the case row, the record of the
 * move and its announcement, in the caller's transaction.
 */
@Injectable()
export class CaseTransfers {
  constructor(
    private readonly cases: CaseRepository,
    private readonly identifications: IdentificationRepository,
    private readonly outbox: Outbox,
  ) {}

  /** `next` is the locked `current` as it stands at its new office; returns the case's identification links. */
  async record(manager: EntityManager, current: CaseState, next: CaseState, at: Date, actor: string): Promise<IdentificationLink[]> {
    await this.cases.update(next);
    await this.cases.recordTransfer(current.id, current.officeId, next.officeId, at, actor);
    const links = await this.identifications.ofCases([current.id]);
    await this.outbox.emit(manager, CaseTransferred, { ...caseFacts(next, links), fromOfficeId: current.officeId, transferredAt: at.toISOString() });
    return links;
  }
}
