import { hasAnyRole, Principal } from '@relais/auth';
import { Region } from '@relais/contracts';
import { callers, MATRIX_RUNS, request, tokenFor } from '@relais/testing';
import fc from 'fast-check';
import { coordinator, Harness, prosecutor, startProsecution } from './fixture';

/**
 * Issue #21: every caller × every case, generated, against an oracle written from the brief (§7:
 * "a prosecutor only cases of their jurisdiction") and the API's description, never from
 * prosecution's scope rules.
 */

interface Resource {
  id: string;
  /** The office holding the case now. */
  officeId: string;
}

const WORLD = {
  units: ['unit-1'],
  regions: ['mopti', 'segou', 'kayes'],
  agencies: ['shelter-mopti'],
  offices: ['parquet-tgi-mopti', 'parquet-tgi-segou', 'parquet-tgi-kayes'],
};

/** Case files are for the office holding the case and for the coordinator. */
function mayRead(p: Principal, r: Resource): boolean {
  if (hasAnyRole(p, 'coordinator')) return true;
  return hasAnyRole(p, 'prosecutor') && p.jurisdiction === r.officeId;
}

/** Roles that have case files at all; every other role is refused by role (403) before any case is looked up. */
const hasCaseFiles = (p: Principal) => hasAnyRole(p, 'prosecutor', 'coordinator');

describe('prosecution authorisation matrix (property-based, real Postgres and Kafka)', () => {
  let h: Harness;
  const world: Resource[] = [];

  async function open(officeId: string, region: Region): Promise<Resource> {
    const opened = await request(h.url('/api/v1/cases'), { token: await prosecutor(officeId), body: { region } });
    expect(opened.status).toBe(201);
    return { id: opened.body.id, officeId };
  }

  beforeAll(async () => {
    h = await startProsecution();
    world.push(
      await open('parquet-tgi-mopti', 'mopti'),
      await open('parquet-tgi-mopti', 'mopti'),
      await open('parquet-tgi-segou', 'segou'),
      await open('parquet-tgi-kayes', 'kayes'),
    );
    // A transferred case: its former office must lose it (the API says so).
    const moved = await open('parquet-tgi-mopti', 'segou');
    const transferred = await request(h.url(`/api/v1/cases/${moved.id}/transfer`), { token: await coordinator(), body: { toOfficeId: 'parquet-tgi-segou', version: 1 } });
    expect(transferred.status).toBe(200);
    world.push({ id: moved.id, officeId: 'parquet-tgi-segou' });
  });
  afterAll(() => h?.close());

  it('shows each case file to its office and the coordinator only: 404 for other prosecutors, 403 for roles without case files', async () => {
    await fc.assert(
      fc.asyncProperty(callers(WORLD, ['prosecutor', 'coordinator']), fc.constantFrom(...world.map((_, i) => i)), async (principal, index) => {
        const resource = world[index];
        const read = await request(h.url(`/api/v1/cases/${resource.id}`), { token: await tokenFor(principal) });
        if (!hasCaseFiles(principal)) {
          // Refused by role, the same for every id, so it reveals nothing about this case.
          expect(read.status).toBe(403);
        } else if (mayRead(principal, resource)) {
          expect(read.status).toBe(200);
          expect(read.body.id).toBe(resource.id);
        } else {
          expect(read.status).toBe(404);
          expect(JSON.stringify(read.body)).not.toContain(resource.officeId);
        }
      }),
      { numRuns: MATRIX_RUNS },
    );
  });

  it('lists to each caller exactly the cases their office holds (all for the coordinator)', async () => {
    await fc.assert(
      fc.asyncProperty(callers(WORLD, ['prosecutor', 'coordinator']), async (principal) => {
        const list = await request(h.url('/api/v1/cases?limit=200'), { token: await tokenFor(principal) });
        if (!hasCaseFiles(principal)) {
          expect(list.status).toBe(403);
          expect((await request(h.url('/api/v1/cases/counts'), { token: await tokenFor(principal) })).status).toBe(403);
          return;
        }
        expect(list.status).toBe(200);
        const seen = (list.body.items as { id: string }[]).map((item) => item.id).sort();
        expect(seen).toEqual(world.filter((r) => mayRead(principal, r)).map((r) => r.id).sort());
        expect(list.body).not.toHaveProperty('nextCursor');
        // The counts answer the same scope as the list.
        const counts = await request(h.url('/api/v1/cases/counts'), { token: await tokenFor(principal) });
        expect(Object.values(counts.body.byStage as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(seen.length);
      }),
      { numRuns: MATRIX_RUNS },
    );
  });
});
