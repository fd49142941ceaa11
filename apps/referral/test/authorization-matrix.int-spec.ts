import { hasAnyRole, Principal } from '@relais/auth';
import { Need, Region } from '@relais/contracts';
import { callers, MATRIX_RUNS, request, tokenFor } from '@relais/testing';
import fc from 'fast-check';
import { deliver, identification, referralsOf, referralUnderTest, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

/**
 * Issue #21: every caller × every referral, generated, against an oracle written from the brief
 * (§7: "an agency sees only referrals addressed to it") and the API's description, never from
 * referral's scope rules.
 */

interface Resource {
  id: string;
  victimRef: string;
  /** The agency the referral is addressed to, as routing chose it (read from the table). */
  agencyId: string;
}

/** Agency staff see their agency's referrals; the coordinator all of them. */
function mayRead(p: Principal, r: Resource): boolean {
  if (hasAnyRole(p, 'coordinator')) return true;
  return hasAnyRole(p, 'agency_caseworker', 'agency_admin') && p.agencyId === r.agencyId;
}

/** Roles that work with referrals at all; every other role is refused by role (403), for any id alike. */
const worksWithReferrals = (p: Principal) => hasAnyRole(p, 'agency_caseworker', 'agency_admin', 'coordinator');

describe('referral authorisation matrix (property-based, real Postgres and Kafka)', () => {
  const t = referralUnderTest();
  const world: Resource[] = [];
  let anyone: fc.Arbitrary<Principal>;

  async function identify(region: Region, needs: Need[]): Promise<void> {
    const data = identification({ region, sex: 'female', ageGroup: '24-26', isMinor: false }, needs.map((n) => need(n)));
    await deliver(t.service, t.kafka, VictimIdentified, data);
    for (const row of await referralsOf(t.service, data.identificationId)) world.push({ id: row.id, victimRef: data.victimRef, agencyId: row.agency_id });
  }

  beforeAll(async () => {
    await identify('mopti', ['shelter']);
    await identify('mopti', ['shelter', 'legalAid']);
    await identify('bamako', ['shelter']);
    await identify('kayes', ['shelter', 'medical']);
    await identify('sikasso', ['psychosocial']);
    const agencies = [...new Set(world.map((r) => r.agencyId))];
    // A world where every referral went to one agency could not tell agencies apart.
    expect(agencies.length).toBeGreaterThanOrEqual(3);
    // Plus an agency of the directory to which nothing was referred.
    const claims = { units: ['unit-test'], regions: ['mopti', 'bamako'], agencies: [...agencies, 'demo-cp-gao'], offices: ['parquet-tgi-mopti'] };
    anyone = callers(claims, ['agency_caseworker', 'agency_admin', 'coordinator']);
  });

  it('shows each referral to its agency and the coordinator only: 404 for other agencies, 403 for roles without referrals', async () => {
    await fc.assert(
      fc.asyncProperty(anyone, fc.constantFrom(...world.map((_, i) => i)), async (principal, index) => {
        const resource = world[index];
        const token = await tokenFor(principal);
        const read = await request(t.url(`/referrals/${resource.id}`), { token });
        const ofVictim = await request(t.url(`/victims/${resource.victimRef}/referrals`), { token });
        if (!worksWithReferrals(principal)) {
          expect([read.status, ofVictim.status]).toEqual([403, 403]);
          return;
        }
        if (mayRead(principal, resource)) {
          expect(read.status).toBe(200);
          expect(read.body.id).toBe(resource.id);
        } else {
          expect(read.status).toBe(404);
          expect(JSON.stringify(read.body)).not.toContain(resource.agencyId);
        }
        // A person's referrals: those the caller may read; 404 to an agency that has none of them.
        const readable = world.filter((r) => r.victimRef === resource.victimRef && mayRead(principal, r)).map((r) => r.id).sort();
        if (readable.length === 0) {
          expect(ofVictim.status).toBe(404);
        } else {
          expect(ofVictim.status).toBe(200);
          expect((ofVictim.body as { id: string }[]).map((r) => r.id).sort()).toEqual(readable);
        }
      }),
      { numRuns: MATRIX_RUNS },
    );
  });

  it('lists to each caller exactly the referrals addressed to their agency (all for the coordinator)', async () => {
    await fc.assert(
      fc.asyncProperty(anyone, async (principal) => {
        const list = await request(t.url('/referrals?limit=200'), { token: await tokenFor(principal) });
        if (!worksWithReferrals(principal)) {
          expect(list.status).toBe(403);
          return;
        }
        expect(list.status).toBe(200);
        const seen = (list.body.items as { id: string }[]).map((item) => item.id).sort();
        expect(seen).toEqual(world.filter((r) => mayRead(principal, r)).map((r) => r.id).sort());
        expect(list.body.nextCursor).toBeUndefined();
      }),
      { numRuns: MATRIX_RUNS },
    );
  });
});
