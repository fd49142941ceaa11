import { randomBytes } from 'node:crypto';
import { AuditTrail } from '@relais/auth';
import { uuidv7, VictimIdentified } from '@relais/contracts';
import { IdempotencyConflict, IdempotencyStore } from '@relais/platform';
import { MediumDatabase, mediumDatabase, RecordingOutbox } from '@relais/testing';
import { BlindIndex, MasterKeyring, PersonalDataVault, RequestFingerprint } from '@relais/vault';
import { NewIdentification } from '../../src/domain/new-identification';
import { ConsentRepository } from '../../src/persistence/consent.repository';
import { DuplicateIndexRepository } from '../../src/persistence/duplicate-index.repository';
import { IdentificationRepository } from '../../src/persistence/identification.repository';
import { INTAKE_MIGRATIONS } from '../../src/persistence/migrations';
import { SubmitIdentification } from '../../src/use-cases/submit-identification';

const officerOf = (unitId: string) => ({ sub: `o@${unitId}`, roles: ['police_officer' as const], unitId, institution: 'police' as const });
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

function person(givenNames: string, familyName = 'Diarra'): NewIdentification {
  return {
    identifiedAt: ago(1),
    place: { region: 'mopti' },
    person: { givenNames, familyName, sex: 'male', estimatedAge: 11, nationalities: ['ML'] },
    exploitation: { forms: ['ForcedBegging'] },
    indicators: [],
    assessment: 'PossibleVictimOfTrafficking',
    needs: [],
    consent: { referral: true, dataSharing: false, givenBy: 'guardian', recordedAt: ago(1) },
  };
}

describe('SubmitIdentification on real Postgres (medium)', () => {
  let db: MediumDatabase<{ identifications: IdentificationRepository; duplicates: DuplicateIndexRepository; consents: ConsentRepository }>;
  let outbox: RecordingOutbox;
  let submit: SubmitIdentification;

  beforeAll(async () => {
    db = await mediumDatabase({
      service: 'intake',
      migrations: INTAKE_MIGRATIONS,
      repositories: (tx) => ({ identifications: new IdentificationRepository(tx), duplicates: new DuplicateIndexRepository(tx), consents: new ConsentRepository(tx) }),
    });
  });
  afterAll(() => db?.close());

  beforeEach(() => {
    outbox = new RecordingOutbox();
    const { identifications, duplicates, consents } = db.repositories;
    const vault = new PersonalDataVault(new MasterKeyring([{ id: 'medium', key: randomBytes(32) }], 'medium'));
    submit = new SubmitIdentification(
      db.tx,
      new IdempotencyStore(),
      vault,
      new BlindIndex(randomBytes(32)),
      new RequestFingerprint(randomBytes(32)),
      identifications,
      duplicates,
      consents,
      outbox.outbox,
      new AuditTrail(),
    );
  });

  const rowsOf = async (ids: string[]) =>
    (await db.manager.query(`SELECT id, possible_duplicate_of FROM identifications WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids])) as { id: string; possible_duplicate_of: string | null }[];
  const auditsOf = async (ids: string[]) => Number((await db.manager.query(`SELECT count(*) AS n FROM audit_log WHERE resource_id = ANY($1::text[])`, [ids]))[0].n);

  it('the same person sent by two stations at the same moment: both recorded, exactly one flagged as the other\'s possible duplicate', async () => {
    const [a, b] = [uuidv7(), uuidv7()];
    // Forces the overlap the lock is for: each transaction, its duplicate check made, waits (up to
    // 500 ms) for the other to make its own before writing. Without the lock both check before
    // either commits and neither is flagged; with it the second cannot check until the first commits.
    const { duplicates } = db.repositories;
    let checks = 0;
    const check = duplicates.earliestMatch.bind(duplicates);
    const add = duplicates.add.bind(duplicates);
    const checked = jest.spyOn(duplicates, 'earliestMatch').mockImplementation(async (keys) => {
      const found = await check(keys);
      checks += 1;
      return found;
    });
    const added = jest.spyOn(duplicates, 'add').mockImplementation(async (id, keys) => {
      for (const start = Date.now(); checks < 2 && Date.now() - start < 500; ) await new Promise((r) => setTimeout(r, 10));
      return add(id, keys);
    });
    const answers = await Promise.all([submit.execute(officerOf('cp-mopti'), a, person('Moussa')), submit.execute(officerOf('cp-sevare'), b, person('Moussa'))]).finally(() => {
      checked.mockRestore();
      added.mockRestore();
    });

    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    const rows = await rowsOf([a, b]);
    expect(rows).toHaveLength(2);
    // The advisory lock on the duplicate keys makes the second wait for the first's commit, so it sees it.
    const flagged = rows.filter((r) => r.possible_duplicate_of !== null);
    expect(flagged).toHaveLength(1);
    expect(flagged[0].possible_duplicate_of).toBe(rows.find((r) => r.possible_duplicate_of === null)!.id);
    expect(answers.filter((r) => r.body.possibleDuplicateOf)).toHaveLength(1);
  });

  it('the same id sent twice at once with the same body: one row, one event; the retry replays the first answer', async () => {
    const id = uuidv7();
    const body = person('Awa');
    const answers = await Promise.all([submit.execute(officerOf('cp-mopti'), id, body), submit.execute(officerOf('cp-mopti'), id, structuredClone(body))]);

    expect(await rowsOf([id])).toHaveLength(1);
    expect(answers.map((r) => r.replayed).sort()).toEqual([false, true]);
    expect(answers[0].body).toEqual(answers[1].body);
    expect(outbox.ofType(VictimIdentified.type)).toHaveLength(1);
    expect(await auditsOf([id])).toBe(1);
  });

  it('the same id sent twice at once with different bodies: one row; the other is refused as a reused key', async () => {
    const id = uuidv7();
    const outcomes = await Promise.allSettled([submit.execute(officerOf('cp-mopti'), id, person('Fatou')), submit.execute(officerOf('cp-mopti'), id, person('Kadia'))]);

    expect(await rowsOf([id])).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!;
    expect(refused.reason).toBeInstanceOf(IdempotencyConflict);
    expect(refused.reason.httpStatus).toBe(409);
  });

  it('twenty distinct submissions in parallel: twenty rows, twenty valid events, twenty audit records, no false duplicate', async () => {
    const ids = Array.from({ length: 20 }, () => uuidv7());
    const answers = await Promise.all(ids.map((id, n) => submit.execute(officerOf(`cp-${n % 3}`), id, person(`Personne${n}`, `Famille${n}`))));

    expect(answers.every((r) => r.status === 201 && !r.replayed)).toBe(true);
    const rows = await rowsOf(ids);
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.possible_duplicate_of === null)).toBe(true);
    expect(new Set(answers.map((r) => r.body.victimRef)).size).toBe(20);
    expect(outbox.ofType<{ identificationId: string }>(VictimIdentified.type).map((e) => e.identificationId).sort()).toEqual([...ids].sort());
    expect(await auditsOf(ids)).toBe(20);
  });
});
