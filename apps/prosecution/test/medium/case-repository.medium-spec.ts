import { AccessScope } from '@relais/auth';
import { newReference, newVictimRef, uuidv7 } from '@relais/contracts';
import { MediumDatabase, mediumDatabase } from '@relais/testing';
import { CaseState } from '../../src/domain/case';
import { CaseRepository } from '../../src/persistence/case.repository';
import { IdentificationRepository } from '../../src/persistence/identification.repository';
import { PROSECUTION_MIGRATIONS } from '../../src/persistence/migrations';
import { OfficeRepository } from '../../src/persistence/office.repository';
import { aCase, aLink, directory, MOPTI } from '../unit-doubles';

const KAYES = 'parquet-tgi-kayes';
const ALL: AccessScope = { kind: 'all' };
const mopti: AccessScope = { kind: 'jurisdiction', officeId: MOPTI };
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

const repositoriesOf = (tx: ConstructorParameters<typeof CaseRepository>[0]) => ({
  cases: new CaseRepository(tx),
  identifications: new IdentificationRepository(tx),
  offices: new OfficeRepository(tx),
});

/** The case repository's typed SQL against real rows: what each query answers, scope included (medium). */
describe('CaseRepository on real Postgres (medium)', () => {
  let db: MediumDatabase<ReturnType<typeof repositoriesOf>>;
  const victim = newVictimRef();
  let moptiOld: CaseState;
  let moptiNew: CaseState;
  let kayes: CaseState;

  const inTx = <T>(work: (cases: CaseRepository) => Promise<T>) => db.tx.run(() => work(db.repositories.cases));

  async function aStoredCase(overrides: Partial<CaseState>, victimRef?: string): Promise<CaseState> {
    const c = aCase({ id: uuidv7(), reference: newReference('C'), ...overrides });
    await db.tx.run(async () => {
      await db.repositories.cases.insert(c);
      if (victimRef) await db.repositories.identifications.claim(aLink(c.id, { identificationId: uuidv7(), victimRef, region: c.region }), 'unit-a');
    });
    return c;
  }

  beforeAll(async () => {
    db = await mediumDatabase({ service: 'prosecution', migrations: PROSECUTION_MIGRATIONS, repositories: repositoriesOf });
    await db.repositories.offices.sync(directory);
    moptiOld = await aStoredCase({ openedAt: day('2026-10-01'), stage: 'reportReceived' }, victim);
    moptiNew = await aStoredCase({ openedAt: day('2026-11-01'), stage: 'trial', cercle: 'djenne', openedFrom: 'prosecutor' }, victim);
    kayes = await aStoredCase({ officeId: KAYES, region: 'kayes', openedAt: day('2026-10-15') }, victim);
  });
  afterAll(() => db?.close());

  it('reads back what it wrote, within the scope only, with or without a lock', async () => {
    expect(await inTx((cases) => cases.find(ALL, moptiNew.id))).toEqual(moptiNew);
    expect(await inTx((cases) => cases.find(mopti, moptiNew.id, true))).toEqual(moptiNew);
    expect(await inTx((cases) => cases.find(mopti, kayes.id))).toBeUndefined();
    expect(await inTx((cases) => cases.find({ kind: 'none' }, moptiNew.id))).toBeUndefined();
  });

  it('locks the visible cases of a list', async () => {
    const locked = await inTx((cases) => cases.lockAll(mopti, [moptiOld.id, kayes.id, moptiNew.id]));
    expect([...locked.keys()].sort()).toEqual([moptiOld.id, moptiNew.id].sort());
    expect(locked.get(moptiOld.id)).toEqual(moptiOld);
  });

  it('lists with each filter, newest first', async () => {
    const ids = async (filter: Parameters<CaseRepository['list']>[1], scope: AccessScope = ALL) => (await inTx((cases) => cases.list(scope, filter, { limit: 10 }))).cases.map((c) => c.id);
    expect(await ids({ includeMerged: false })).toEqual([moptiNew.id, kayes.id, moptiOld.id]);
    expect(await ids({ includeMerged: false }, mopti)).toEqual([moptiNew.id, moptiOld.id]);
    expect(await ids({ includeMerged: false }, { kind: 'none' })).toEqual([]);
    expect(await ids({ includeMerged: false, stages: ['trial', 'appeal'] })).toEqual([moptiNew.id]);
    expect(await ids({ includeMerged: false, officeId: KAYES })).toEqual([kayes.id]);
    expect(await ids({ includeMerged: false, region: 'kayes' })).toEqual([kayes.id]);
    expect(await ids({ includeMerged: false, openedFrom: day('2026-10-15'), openedBefore: day('2026-11-01') })).toEqual([kayes.id]);
  });

  it('pages by keyset: each page starts after the last row of the previous one, to the microsecond, ties broken by id', async () => {
    // Three cases opened in the same microsecond, and one a microsecond later: a Date's milliseconds
    // would see them as one instant, and an order without the id could repeat or skip a row.
    const region = 'tombouctou' as const;
    const tied = await Promise.all([1, 2, 3].map(() => aStoredCase({ region, openedAt: day('2026-08-01') })));
    const later = await aStoredCase({ region, openedAt: day('2026-08-01') });
    await db.manager.query(`UPDATE prosecution.cases SET opened_at = '2026-08-01T10:00:00.000001Z' WHERE id = ANY($1::uuid[])`, [tied.map((c) => c.id)]);
    await db.manager.query(`UPDATE prosecution.cases SET opened_at = '2026-08-01T10:00:00.000002Z' WHERE id = $1`, [later.id]);
    const seen: string[] = [];
    let page = await inTx((cases) => cases.list(ALL, { includeMerged: false, region }, { limit: 2 }));
    seen.push(...page.cases.map((c) => c.id));
    expect(page.next).toEqual({ openedAt: '2026-08-01T10:00:00.000001Z', id: seen[1] });
    const after = page.next;
    page = await inTx((cases) => cases.list(ALL, { includeMerged: false, region }, { limit: 2, after }));
    seen.push(...page.cases.map((c) => c.id));
    expect(page.next).toBeUndefined();
    expect(seen).toEqual([later.id, ...tied.map((c) => c.id).sort().reverse()]);
    // A page exactly as long as what is left says no more follow.
    expect((await inTx((cases) => cases.list(ALL, { includeMerged: false, region }, { limit: 4 }))).next).toBeUndefined();
    await db.manager.query(`DELETE FROM prosecution.cases WHERE region = $1`, [region]);
  });

  it('counts the cases at each stage with the same scope and filters as the list', async () => {
    expect(await inTx((cases) => cases.countByStage(ALL, { includeMerged: false }))).toEqual({ reportReceived: 2, trial: 1 });
    expect(await inTx((cases) => cases.countByStage(mopti, { includeMerged: false }))).toEqual({ reportReceived: 1, trial: 1 });
    expect(await inTx((cases) => cases.countByStage({ kind: 'none' }, { includeMerged: false }))).toEqual({});
    expect(await inTx((cases) => cases.countByStage(ALL, { includeMerged: false, region: 'kayes' }))).toEqual({ reportReceived: 1 });
    expect(await inTx((cases) => cases.countByStage(ALL, { includeMerged: false, openedFrom: day('2026-10-16') }))).toEqual({ trial: 1 });
  });

  it("finds a victim's cases, their progress, and the cases sharing a victim", async () => {
    expect((await inTx((cases) => cases.ofVictim(mopti, victim))).map((c) => c.id)).toEqual([moptiOld.id, moptiNew.id]);
    expect(await inTx((cases) => cases.relatedIds(ALL, moptiOld.id))).toEqual([moptiNew.id, kayes.id].sort());
    expect(await inTx((cases) => cases.relatedIds(mopti, moptiOld.id))).toEqual([moptiNew.id]);
    const progress = await inTx((cases) => cases.progressOfVictims({ kind: 'region', region: 'kayes' }, [victim, newVictimRef()]));
    expect(progress).toEqual([
      {
        caseId: kayes.id,
        reference: kayes.reference,
        victimRef: victim,
        officeId: KAYES,
        officeName: directory.offices.find((o) => o.id === KAYES)!.name,
        stage: kayes.stage,
        stageChangedAt: kayes.stageChangedAt,
        openedAt: kayes.openedAt,
      },
    ]);
    expect(await inTx((cases) => cases.parts(moptiOld.id))).toEqual({ identifications: 1, defendants: 0, hearings: 0 });
  });

  it('updates only the version it replaces, keeps the first merge date, and leaves merged cases out of lists', async () => {
    const c = await aStoredCase({ openedAt: day('2026-09-01') });
    const moved = { ...c, officeId: KAYES, region: 'kayes' as const, stage: 'trial' as const, version: 2 };
    await inTx((cases) => cases.update(moved));
    expect(await inTx((cases) => cases.find(ALL, c.id))).toEqual(moved);
    await expect(inTx((cases) => cases.update({ ...moved, version: 2 }))).rejects.toThrow(`case ${c.id} was not at version 1`);

    const merged = { ...moved, mergedIntoCaseId: kayes.id, version: 3 };
    await inTx((cases) => cases.update(merged, day('2026-12-01')));
    await inTx((cases) => cases.update({ ...merged, version: 4 }, day('2026-12-05')));
    const [row] = await db.manager.query(`SELECT merged_at FROM prosecution.cases WHERE id = $1`, [c.id]);
    expect(row.merged_at).toEqual(day('2026-12-01'));
    expect((await inTx((cases) => cases.list(ALL, { includeMerged: false, officeId: KAYES }, { limit: 10 }))).cases.map((x) => x.id)).toEqual([kayes.id]);
    expect((await inTx((cases) => cases.list(ALL, { includeMerged: true, officeId: KAYES }, { limit: 10 }))).cases).toHaveLength(2);
    expect(await inTx((cases) => cases.countByStage(ALL, { includeMerged: true, officeId: KAYES }))).toEqual({ reportReceived: 1, trial: 1 });
    expect(await inTx((cases) => cases.countByStage(ALL, { includeMerged: false, officeId: KAYES }))).toEqual({ reportReceived: 1 });
  });

  it('records stage changes and transfers in order', async () => {
    await inTx(async (cases) => {
      await cases.recordStageChange({ caseId: moptiOld.id, from: null, to: 'reportReceived', at: day('2026-10-01'), recordedBy: 'p' });
      await cases.recordStageChange({ caseId: moptiOld.id, from: 'reportReceived', to: 'dismissed', at: day('2026-10-02'), decisionRef: 'D-1', noteSealed: Buffer.from('n'), recordedBy: 'p' });
      await cases.recordTransfer(moptiOld.id, MOPTI, KAYES, day('2026-10-03'), 'p');
    });
    const history = await inTx((cases) => cases.stageHistory(moptiOld.id));
    expect(history.map(({ recorded_at: _, ...rest }) => rest)).toEqual([
      { from_stage: null, to_stage: 'reportReceived', at: day('2026-10-01'), decision_ref: null, note_sealed: null },
      { from_stage: 'reportReceived', to_stage: 'dismissed', at: day('2026-10-02'), decision_ref: 'D-1', note_sealed: Buffer.from('n') },
    ]);
    expect(history[0].recorded_at).toBeInstanceOf(Date);
    expect(await inTx((cases) => cases.transfers(moptiOld.id))).toEqual([{ from_office_id: MOPTI, to_office_id: KAYES, at: day('2026-10-03') }]);
  });
});
