import { newReference, uuidv7 } from '@relais/contracts';
import { MediumDatabase, mediumDatabase } from '@relais/testing';
import { SentenceWarning } from '../../src/domain/statutory-penalties';
import { CaseRepository } from '../../src/persistence/case.repository';
import { ChargeRecord, DefendantRecord, DefendantRepository } from '../../src/persistence/defendant.repository';
import { HearingRepository } from '../../src/persistence/hearing.repository';
import { PROSECUTION_MIGRATIONS } from '../../src/persistence/migrations';
import { JudgmentRecord, JudgmentRepository, VerdictRecord } from '../../src/persistence/judgment.repository';
import { OfficeRepository } from '../../src/persistence/office.repository';
import { aCase, directory } from '../unit-doubles';

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

const repositoriesOf = (tx: ConstructorParameters<typeof CaseRepository>[0]) => ({
  cases: new CaseRepository(tx),
  defendants: new DefendantRepository(tx),
  hearings: new HearingRepository(tx),
  judgments: new JudgmentRepository(tx),
  offices: new OfficeRepository(tx),
});

/** The typed SQL of defendants, charges, verdicts and hearings against real rows (medium). */
describe('defendant, judgment and hearing repositories on real Postgres (medium)', () => {
  let db: MediumDatabase<ReturnType<typeof repositoriesOf>>;
  let repos: ReturnType<typeof repositoriesOf>;
  const inTx = <T>(work: () => Promise<T>) => db.tx.run(work);

  beforeAll(async () => {
    db = await mediumDatabase({ service: 'prosecution', migrations: PROSECUTION_MIGRATIONS, repositories: repositoriesOf });
    repos = db.repositories;
    await repos.offices.sync(directory);
  });
  afterAll(() => db?.close());

  async function aStoredCase(): Promise<string> {
    const id = uuidv7();
    await inTx(() => repos.cases.insert(aCase({ id, reference: newReference('C') })));
    return id;
  }

  const aDefendant = (caseId: string, addedAt: Date): DefendantRecord => ({
    id: uuidv7(), caseId, identitySealed: Buffer.from('sealed'), sex: 'female', nationality: null, role: 'recruiter', custody: 'pretrialDetention', addedAt,
  });
  const aCharge = (defendantId: string, offence: string, chargedAt: Date): ChargeRecord => ({
    id: uuidv7(), defendantId, offence, iccs: '02044', law: 'Loi 2012-023', vocabularyVersion: '2026.1', chargedAt,
  });

  it('stores defendants and charges, lists them with the instances judged, counts those awaiting a verdict, and moves them', async () => {
    const caseId = await aStoredCase();
    const first = aDefendant(caseId, day('2026-10-01'));
    const second = { ...aDefendant(caseId, day('2026-10-02')), sex: 'male' as const, nationality: 'ML', role: null, custody: 'atLarge' as const };
    const uncharged = aDefendant(caseId, day('2026-10-03'));
    const charges = [aCharge(first.id, 'traffickingOtherPurposes', day('2026-10-04')), aCharge(second.id, 'traffickingOtherPurposes', day('2026-10-05'))];
    await inTx(async () => {
      for (const d of [first, second, uncharged]) await repos.defendants.insert(d, 'p');
      for (const c of charges) await repos.defendants.insertCharge(c, 'p');
    });
    expect(await inTx(() => repos.defendants.find(caseId, second.id))).toEqual(second);
    expect(await inTx(() => repos.defendants.find(uuidv7(), second.id))).toBeUndefined();
    expect(await inTx(() => repos.defendants.countAwaitingVerdict(caseId))).toBe(2);

    const judgment: JudgmentRecord = { id: uuidv7(), caseId, instance: 'first', renderedAt: day('2026-11-01'), court: 'TGI Mopti', decisionRef: null, penaltiesVersion: '2026.1' };
    const warning: SentenceWarning = { code: 'SENTENCE_OUTSIDE_STATUTORY_RANGE', penaltyId: 'p1', law: 'Loi 2012-023', minMonths: 60, maxMonths: 120, sentenceMonths: 12 };
    const verdict: VerdictRecord = { judgmentId: judgment.id, defendantId: first.id, instance: 'first', outcome: 'convicted', chargeIds: [charges[0].id], sentenceMonths: 12, fineFcfa: 500000, compensationFcfa: 2000000, warnings: [warning] };
    await inTx(() => repos.judgments.insert(judgment, [verdict], 'p'));
    expect(await inTx(() => repos.judgments.ofCase(caseId))).toEqual([{ ...judgment, verdicts: [verdict] }]);
    expect(await inTx(() => repos.defendants.countAwaitingVerdict(caseId))).toBe(1);

    const listed = await inTx(() => repos.defendants.ofCase(caseId));
    expect(listed.map(({ id, judgedAt, charges: c }) => ({ id, judgedAt, charges: c }))).toEqual([
      { id: first.id, judgedAt: ['first'], charges: [charges[0]] },
      { id: second.id, judgedAt: [], charges: [charges[1]] },
      { id: uncharged.id, judgedAt: [], charges: [] },
    ]);
    const { identitySealed: _sealed, ...withoutIdentity } = second;
    expect(listed[1]).toEqual({ ...withoutIdentity, charges: [charges[1]], judgedAt: [] });
    expect(await inTx(() => repos.defendants.chargesOf([]))).toEqual([]);

    const other = await aStoredCase();
    expect(await inTx(() => repos.defendants.moveAll(caseId, other))).toBe(3);
    expect(await inTx(() => repos.defendants.moveAll(caseId, other))).toBe(0);
    expect((await inTx(() => repos.defendants.ofCase(other))).map((d) => d.id)).toEqual([first.id, second.id, uncharged.id]);
  });

  it('answers a judgment without verdicts, and none for a case without judgments', async () => {
    const caseId = await aStoredCase();
    expect(await inTx(() => repos.judgments.ofCase(caseId))).toEqual([]);
    const judgment: JudgmentRecord = { id: uuidv7(), caseId, instance: 'appeal', renderedAt: day('2026-11-02'), court: 'CA Mopti', decisionRef: 'A-1', penaltiesVersion: '2026.1' };
    await inTx(() => repos.judgments.insert(judgment, [], 'p'));
    expect(await inTx(() => repos.judgments.ofCase(caseId))).toEqual([{ ...judgment, verdicts: [] }]);
  });

  it('lists the hearings of several cases in date order, from a date on', async () => {
    const [a, b] = [await aStoredCase(), await aStoredCase()];
    const hearings = [
      { id: uuidv7(), caseId: b, at: day('2026-12-10'), court: 'TGI Mopti', kind: 'trial' as const },
      { id: uuidv7(), caseId: a, at: day('2026-12-01'), court: 'TGI Mopti', kind: 'preliminary' as const },
      { id: uuidv7(), caseId: a, at: day('2026-12-20'), court: 'TGI Mopti', kind: 'judgment' as const },
    ];
    await inTx(async () => {
      for (const h of hearings) await repos.hearings.insert(h, 'p');
    });
    expect(await inTx(() => repos.hearings.ofCases([a, b]))).toEqual([hearings[1], hearings[0], hearings[2]]);
    expect(await inTx(() => repos.hearings.ofCases([a, b], day('2026-12-05')))).toEqual([hearings[0], hearings[2]]);
    expect(await inTx(() => repos.hearings.ofCases([a]))).toEqual([hearings[1], hearings[2]]);
    expect(await inTx(() => repos.hearings.ofCases([]))).toEqual([]);
  });
});
