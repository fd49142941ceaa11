import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { applyCaseFact, CaseFact } from '../domain/grants';
import { AccessGrantRepository } from '../persistence/access-grant.repository';
import { SYSTEM_ACTOR } from './track-referral-access';

/**
 * A prosecutor's office may read the details of the people linked to a case it holds: intake
 * follows case openings, links, transfers (the new office gains, the old one loses) and merges
 * (the surviving case's office gains) from the prosecution service's events.
 */
@Injectable()
export class TrackCaseAccess {
  constructor(
    private readonly tx: TransactionHost,
    private readonly grants: AccessGrantRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(fact: CaseFact, eventType: string): Promise<void> {
    return this.tx.run(async (manager) => {
      const before = await this.grants.caseForUpdate(fact.caseId);
      const after = applyCaseFact(before, fact);
      await this.grants.saveCase(after);
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'access.case',
        resourceType: 'case',
        resourceId: fact.caseId,
        outcome: 'success',
        details: {
          eventType,
          officeBefore: before?.officeId ?? null,
          officeAfter: after.officeId ?? null,
          victimsLinked: after.victimRefs.length,
          ...(after.mergedInto ? { mergedInto: after.mergedInto } : {}),
        },
      });
    });
  }
}
