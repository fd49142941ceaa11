import { hasAnyRole, Principal } from '@relais/auth';
import { CaseOpened, CaseTransferred, newReference, ReferralAccepted, ReferralClosed, Region, uuidv7 } from '@relais/contracts';
import { callers, eventually, MATRIX_RUNS, publishTestEvent, request, tokenFor } from '@relais/testing';
import fc from 'fast-check';
import { adultBody, uniquePerson } from './support/bodies';
import { Harness } from './support/harness';

/**
 * Issue #21: every caller × every identification, generated, against an oracle written from the
 * brief (§7) and the API's own description of who reads what, never from intake's access code.
 */

interface Resource {
  id: string;
  victimRef: string;
  unitId: string;
  region: Region;
  /** Agencies whose referral for the person is accepted and not closed. */
  acceptedBy: string[];
  /** The office holding, now, a case that links the person. */
  caseOffice?: string;
}

const WORLD = {
  units: ['cp-mopti-1', 'cp-mopti-2', 'brigade-segou-1', 'cp-kayes-1'],
  regions: ['mopti', 'segou', 'kayes'],
  agencies: ['shelter-mopti', 'ngo-bamako'],
  offices: ['tgi-mopti', 'tgi-segou', 'tgi-bamako-c6'],
};

/**
 * The details of a person (GET /identifications/:id): the reporting unit's officers and
 * supervisor, the supervisor of the region where the person was identified, a caseworker of an
 * agency whose referral is accepted, a prosecutor of the office holding a case linking the person,
 * the coordinator. A claim counts only with the role it belongs to.
 */
function mayReadDetails(p: Principal, r: Resource): boolean {
  if (hasAnyRole(p, 'coordinator')) return true;
  if (hasAnyRole(p, 'police_officer', 'police_supervisor') && p.unitId === r.unitId) return true;
  if (hasAnyRole(p, 'police_supervisor') && p.region === r.region) return true;
  // agency_admin manages the agency's accounts, not the people it cares for: it is not given details.
  if (hasAnyRole(p, 'agency_caseworker') && p.agencyId !== undefined && r.acceptedBy.includes(p.agencyId)) return true;
  return hasAnyRole(p, 'prosecutor') && p.jurisdiction !== undefined && p.jurisdiction === r.caseOffice;
}

/** Roles for which the list (no personal data) exists at all; anyone else is refused with 403. */
const mayList = (p: Principal) => hasAnyRole(p, 'police_officer', 'police_supervisor', 'coordinator');

/** The list: officers their unit's identifications, supervisors their region's, the coordinator all. */
function listed(p: Principal, r: Resource): boolean {
  if (hasAnyRole(p, 'coordinator')) return true;
  if (hasAnyRole(p, 'police_supervisor')) return p.region === r.region;
  return hasAnyRole(p, 'police_officer') && p.unitId === r.unitId;
}

describe('intake authorisation matrix (property-based, real Postgres and Kafka)', () => {
  let h: Harness;
  const world: Resource[] = [];

  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 10, minutes)).toISOString();

  async function identify(unitId: string, region: Region): Promise<Resource> {
    const officer = { sub: `officer@${unitId}`, roles: ['police_officer'], unitId, institution: 'police' } satisfies Principal;
    const body = adultBody({ person: uniquePerson(), place: { region } });
    const created = await request(`${h.service.url}/api/v1/identifications`, { token: await tokenFor(officer), body });
    expect(created.status).toBe(201);
    return { id: created.body.id, victimRef: created.body.victimRef, unitId, region, acceptedBy: [] };
  }

  async function handled(eventId: string): Promise<void> {
    await eventually(async () => expect(await h.sql('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])).toHaveLength(1), 60_000);
  }

  async function refer(r: Resource, agencyId: string, closed: boolean): Promise<void> {
    const referral = { referralId: uuidv7(), reference: newReference('R'), victimRef: r.victimRef, identificationId: r.id, agencyId, need: 'shelter' as const };
    await handled((await publishTestEvent(h.kafka, h.service.namespace, ReferralAccepted, { ...referral, acceptedAt: at(1) })).id);
    if (closed) await handled((await publishTestEvent(h.kafka, h.service.namespace, ReferralClosed, { ...referral, closedAt: at(2), outcome: 'serviceProvided' })).id);
    else r.acceptedBy.push(agencyId);
  }

  async function openCase(r: Resource, officeId: string, transferredTo?: string): Promise<void> {
    const facts = { caseId: uuidv7(), reference: newReference('C'), officeId, victimRefs: [r.victimRef] };
    await handled((await publishTestEvent(h.kafka, h.service.namespace, CaseOpened, {
      ...facts, identificationIds: [r.id], region: r.region, openedAt: at(3), openedFrom: 'identification',
    })).id);
    if (transferredTo) {
      await handled((await publishTestEvent(h.kafka, h.service.namespace, CaseTransferred, { ...facts, officeId: transferredTo, fromOfficeId: officeId, transferredAt: at(4) })).id);
    }
    r.caseOffice = transferredTo ?? officeId;
  }

  beforeAll(async () => {
    h = await Harness.start();
    // Units identifying outside their own region too, so unit and region reach part ways.
    const [a, b, c, d, e] = [
      await identify('cp-mopti-1', 'mopti'),
      await identify('cp-mopti-1', 'segou'),
      await identify('cp-mopti-2', 'mopti'),
      await identify('brigade-segou-1', 'segou'),
      await identify('brigade-segou-1', 'kayes'),
    ];
    world.push(a, b, c, d, e, await identify('cp-kayes-1', 'kayes'));
    await refer(a, 'shelter-mopti', false);
    await refer(d, 'ngo-bamako', false);
    await refer(b, 'ngo-bamako', true);
    await openCase(c, 'tgi-mopti');
    await openCase(e, 'tgi-segou', 'tgi-bamako-c6');
  });
  afterAll(() => h?.close());

  it('shows each identification to exactly those the brief entitles, and answers 404 to everyone else', async () => {
    await fc.assert(
      fc.asyncProperty(callers(WORLD, ['police_officer', 'police_supervisor', 'agency_caseworker', 'agency_admin', 'prosecutor']), fc.constantFrom(...world.map((_, i) => i)), async (principal, index) => {
        const resource = world[index];
        const token = await tokenFor(principal);
        const read = await request(`${h.service.url}/api/v1/identifications/${resource.id}`, { token });
        if (mayReadDetails(principal, resource)) {
          expect(read.status).toBe(200);
          expect(read.body.id).toBe(resource.id);
        } else {
          // 404, not 403, whatever the role: a refusal would confirm that the person was identified.
          expect(read.status).toBe(404);
          expect(JSON.stringify(read.body)).not.toContain(resource.victimRef);
        }
      }),
      { numRuns: MATRIX_RUNS },
    );
  });

  it('lists to each caller exactly the identifications of their scope, and refuses the list to roles without one', async () => {
    await fc.assert(
      fc.asyncProperty(callers(WORLD, ['police_officer', 'police_supervisor', 'coordinator']), async (principal) => {
        const list = await request(`${h.service.url}/api/v1/identifications?limit=100`, { token: await tokenFor(principal) });
        if (!mayList(principal)) {
          // The list is a police and coordination tool: other roles are refused by role (403),
          // which says nothing about any one record.
          expect(list.status).toBe(403);
          return;
        }
        expect(list.status).toBe(200);
        const seen = (list.body.items as { id: string }[]).map((item) => item.id).sort();
        expect(seen).toEqual(world.filter((r) => listed(principal, r)).map((r) => r.id).sort());
      }),
      { numRuns: MATRIX_RUNS },
    );
  });
});
