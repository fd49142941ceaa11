import { uuidv7 } from '@relais/contracts';
import { APP_URL, BrowserPlatform, launchBrowser, Phone, startBrowserPlatform } from './harness';
import { keycloakToken } from './officer-steps';

/**
 * Set-up through the services' APIs with real Keycloak tokens, for the screens of the roles
 * downstream of the officer (prosecutor, coordinator, data protection officer). Fake data only.
 */
export async function api<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${APP_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** `officer-mopti` identifies a child in Mopti needing shelter; returns the person's reference. */
export async function identifyChildInMopti(): Promise<{ id: string; victimRef: string }> {
  const token = await keycloakToken('officer-mopti');
  const ago = new Date(Date.now() - 2 * 3_600_000).toISOString();
  const body = {
    id: uuidv7(),
    identifiedAt: ago,
    place: { region: 'mopti', cercle: 'Djenné', locality: 'Gare routière' },
    person: { givenNames: 'Essai', familyName: 'Essai', sex: 'female', estimatedAge: 14, nationalities: ['ML'] },
    exploitation: { forms: ['ForcedBegging'] },
    indicators: ['abuseOfVulnerability'],
    assessment: 'PossibleVictimOfTrafficking',
    needs: [{ need: 'shelter', urgent: true }],
    consent: { referral: true, dataSharing: false, givenBy: 'guardian', recordedAt: ago },
    suspects: [],
  };
  const created = await api<{ id: string; victimRef: string }>(token, 'POST', '/api/intake/v1/identifications', body);
  return { id: created.id, victimRef: created.victimRef };
}

/** Polls until `find` returns something (events travel through Kafka), or fails saying what it waited for. */
export async function eventually<T>(what: string, find: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`still waiting after ${timeoutMs / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** The case the identification opened at the Mopti office, as the prosecutor sees it. */
export async function caseOf(victimRef: string): Promise<{ id: string; reference: string }> {
  const token = await keycloakToken('prosecutor-mopti');
  return eventually(`the case of ${victimRef}`, async () => {
    const page = await api<{ items: { id: string; reference: string; victimRefs: string[] }[] }>(token, 'GET', '/api/prosecution/v1/cases?limit=100');
    return page.items.find((c) => c.victimRefs.includes(victimRef));
  });
}

/**
 * Mopti's child-protection caseworker acknowledges, then accepts, the person's referral once it has
 * reached the agency's inbox. Returns the caseworker's token, for what the test does next as them.
 */
export async function acceptReferralInMopti(victimRef: string): Promise<string> {
  const caseworker = await keycloakToken('caseworker-cp-mopti');
  const referral = await eventually(`the referral of ${victimRef} at demo-cp-mopti`, async () => {
    const inbox = await api<{ items: { id: string; victimRef: string; version: number }[] }>(caseworker, 'GET', '/api/referral/v1/referrals?limit=100');
    return inbox.items.find((r) => r.victimRef === victimRef);
  });
  const acknowledged = await api<{ version: number }>(caseworker, 'POST', `/api/referral/v1/referrals/${referral.id}/acknowledge`, { version: referral.version });
  await api(caseworker, 'POST', `/api/referral/v1/referrals/${referral.id}/accept`, { version: acknowledged.version });
  return caseworker;
}

/**
 * The whole platform for the tests of the `describe` this is called in: started before them and
 * stopped after, once the phone a test launched is closed.
 */
export function platformWithPhone(): { launchPhone(): Promise<Phone> } {
  let platform: BrowserPlatform | undefined;
  let phone: Phone | undefined;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  }, 1_800_000); // the wait for another run's turn (up to 20 min) counts here

  afterAll(async () => {
    await phone?.close();
    await platform?.stop();
  }, 120_000);

  return {
    async launchPhone() {
      phone = await launchBrowser();
      return phone;
    },
  };
}
