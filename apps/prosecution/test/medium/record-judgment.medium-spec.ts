import { AuditTrail } from '@relais/auth';
import { CaseStage, CaseStageChanged, JudgmentRendered, newReference, newVictimRef, uuidv7 } from '@relais/contracts';
import { IdempotencyStore, registerMessages } from '@relais/platform';
import { MediumDatabase, mediumDatabase, RecordingOutbox } from '@relais/testing';
import en from '../../src/i18n/messages.en.json';
import fr from '../../src/i18n/messages.fr.json';
import { CaseRepository } from '../../src/persistence/case.repository';
import { DefendantRepository } from '../../src/persistence/defendant.repository';
import { IdentificationRepository } from '../../src/persistence/identification.repository';
import { JudgmentRepository } from '../../src/persistence/judgment.repository';
import { PROSECUTION_MIGRATIONS } from '../../src/persistence/migrations';
import { OfficeRepository } from '../../src/persistence/office.repository';
import { RecordJudgment } from '../../src/use-cases/record-judgment';
import { aCase, aLink, codeOf, directory, MOPTI, penalties, prosecutorOf } from '../unit-doubles';

registerMessages({ fr, en });

const repositoriesOf = (tx: ConstructorParameters<typeof CaseRepository>[0]) => ({
  cases: new CaseRepository(tx),
  defendants: new DefendantRepository(tx),
  identifications: new IdentificationRepository(tx),
  judgments: new JudgmentRepository(tx),
  offices: new OfficeRepository(tx),
});

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe('RecordJudgment: the date rule against real rows (medium)', () => {
  let db: MediumDatabase<ReturnType<typeof repositoriesOf>>;
  let outbox: RecordingOutbox;
  let record: RecordJudgment;

  beforeAll(async () => {
    db = await mediumDatabase({ service: 'prosecution', migrations: PROSECUTION_MIGRATIONS, repositories: repositoriesOf });
    await db.repositories.offices.sync(directory);
  });
  afterAll(() => db?.close());

  beforeEach(() => {
    outbox = new RecordingOutbox();
    const { cases, defendants, identifications, judgments } = db.repositories;
    record = new RecordJudgment(db.tx, directory, penalties, cases, defendants, identifications, judgments, outbox.outbox, new AuditTrail(), new IdempotencyStore());
  });

  /** A case of the Mopti office at `stage` since `since`, with one identified victim and one charged defendant. */
  async function aCaseAt(stage: CaseStage, since: Date): Promise<{ caseId: string; defendantId: string }> {
    const { cases, defendants, identifications } = db.repositories;
    const caseId = uuidv7();
    const defendantId = uuidv7();
    await db.tx.run(async () => {
      await cases.insert(aCase({ id: caseId, reference: newReference('C'), stage, stageChangedAt: since, openedAt: day('2026-10-01') }));
      await identifications.claim({ ...aLink(caseId, { identificationId: uuidv7(), victimRef: newVictimRef() }) }, 'cp-mopti');
      await defendants.insert({ id: defendantId, caseId, identitySealed: Buffer.from('sealed'), sex: 'male', nationality: 'ML', role: null, custody: 'pretrialDetention', addedAt: day('2026-10-02') }, 'p');
      await defendants.insertCharge(
        { id: uuidv7(), defendantId, offence: 'traffickingOtherPurposes', iccs: '02044', law: 'Loi 2012-023', vocabularyVersion: '2026.1', chargedAt: day('2026-10-03') },
        'p',
      );
    });
    return { caseId, defendantId };
  }

  const judgment = (defendantId: string, renderedAt: Date) => ({ instance: 'first' as const, renderedAt, verdicts: [{ defendantId, outcome: 'acquitted' as const }] });
  const stored = async (caseId: string) => {
    const [c] = await db.manager.query(`SELECT stage, stage_changed_at, version FROM cases WHERE id = $1`, [caseId]);
    const judgments = await db.manager.query(`SELECT id FROM judgments WHERE case_id = $1`, [caseId]);
    const changes = await db.manager.query(`SELECT from_stage, to_stage, at FROM stage_changes WHERE case_id = $1 ORDER BY id`, [caseId]);
    const audits = await db.manager.query(`SELECT action FROM audit_log WHERE resource_id = $1`, [caseId]);
    return { case: c as { stage: string; stage_changed_at: Date; version: number }, judgments, changes, audits };
  };

  it('refuses a judgment that would end the trial before the trial began, and leaves every row as it was', async () => {
    const { caseId, defendantId } = await aCaseAt('trial', day('2026-11-15'));
    const before = await stored(caseId);

    expect(await codeOf(() => record.execute(prosecutorOf(MOPTI), caseId, judgment(defendantId, day('2026-11-14'))))).toBe('DATE_BEFORE_CURRENT_STAGE');

    expect(await stored(caseId)).toEqual(before);
    expect(before.judgments).toEqual([]);
    expect(outbox.events).toEqual([]);
  });

  it('accepts a judgment rendered the very moment the trial began: the case moves to judgment at that date', async () => {
    const since = day('2026-11-15');
    const { caseId, defendantId } = await aCaseAt('trial', since);

    const { status } = await record.execute(prosecutorOf(MOPTI), caseId, judgment(defendantId, since));

    expect(status).toBe(201);
    const after = await stored(caseId);
    expect(after.case).toMatchObject({ stage: 'judgment', stage_changed_at: since, version: 2 });
    expect(after.judgments).toHaveLength(1);
    expect(after.changes).toEqual([expect.objectContaining({ from_stage: 'trial', to_stage: 'judgment', at: since })]);
    expect(after.audits).toEqual([{ action: 'judgment.record' }]);
    expect(outbox.events.map((e) => e.type)).toEqual([CaseStageChanged.type, JudgmentRendered.type]);
  });

  it('records late a judgment that predates the stage it leaves unchanged, without moving the case', async () => {
    const since = day('2026-11-20');
    const { caseId, defendantId } = await aCaseAt('judgment', since);

    await record.execute(prosecutorOf(MOPTI), caseId, judgment(defendantId, day('2026-11-01')));

    const after = await stored(caseId);
    expect(after.case).toMatchObject({ stage: 'judgment', stage_changed_at: since, version: 2 });
    expect(after.judgments).toHaveLength(1);
    expect(after.changes).toEqual([]);
    expect(outbox.events.map((e) => e.type)).toEqual([JudgmentRendered.type]);
  });
});
