import { APP_URL, axe, BrowserPlatform, launchBrowser, Phone, screenshot, signIn, startBrowserPlatform } from './harness';
import { keycloakToken } from './officer-steps';
import { api, eventually, identifyChildInMopti } from './role-steps';

interface Referral { id: string; need: string; agencyId: string; status: string; version: number; reference: string }

/**
 * The coordinator's workspace in a real browser against the whole platform: the Mopti child
 * protection agency declines a child's referral, the escalation reaches the coordinator, who
 * re-routes it to another agency and reads the person's timeline (details only on request).
 */
describe('coordinator workspace (browser)', () => {
  let platform: BrowserPlatform;
  let phone: Phone | undefined;
  let resolver: Phone | undefined;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  }, 1_800_000); // the wait for another run's turn (up to 20 min) counts here

  afterAll(async () => {
    await phone?.close();
    await resolver?.close();
    await platform?.stop();
  }, 120_000);

  it('re-routes a declined referral and reads the timeline', async () => {
    const { victimRef } = await identifyChildInMopti();
    const coordinator = await keycloakToken('coordinator');
    const referralsOf = () => api<Referral[]>(coordinator, 'GET', `/api/referral/v1/victims/${victimRef}/referrals`);
    const declined = await eventually('the child protection referral', async () => (await referralsOf()).find((r) => r.need === 'childProtection'));
    expect(declined.agencyId).toBe('demo-cp-mopti');
    const caseworker = await keycloakToken('caseworker-cp-mopti');
    await api(caseworker, 'POST', `/api/referral/v1/referrals/${declined.id}/decline`, { reason: 'noCapacity', version: declined.version });
    await eventually('the escalation', async () => {
      const page = await api<{ items: { victimRef: string; need: string }[] }>(coordinator, 'GET', '/api/referral/v1/escalations?limit=100');
      return page.items.find((e) => e.victimRef === victimRef && e.need === 'childProtection');
    });

    phone = await launchBrowser();
    const { page } = phone;
    await signIn(page, 'coordinator');
    await page.goto(`${APP_URL}/coordination/escalations`);
    const card = page.getByTestId('escalation').filter({ hasText: victimRef }).filter({ hasText: 'Refusée par la structure' });
    await card.waitFor();
    const select = card.getByLabel(/^Structure pour/);
    await select.locator('option[value="demo-cp-bandiagara"]').waitFor({ state: 'attached' });
    await axe(page);
    await screenshot(page, 'coordination-escalations');
    await select.selectOption('demo-cp-bandiagara');
    await card.getByRole('button', { name: 'Réorienter', exact: true }).click();
    await card.getByTestId('rerouted').waitFor();
    const rerouted = (await referralsOf()).find((r) => r.agencyId === 'demo-cp-bandiagara');
    expect(rerouted).toMatchObject({ need: 'childProtection', status: 'pending' });

    // The timeline: by keyboard from the escalation's link.
    const link = card.getByRole('link', { name: `Parcours de ${victimRef}` });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${APP_URL}/coordination/timeline/${victimRef}`);
    const events = page.getByTestId('timeline-event');
    await events.filter({ hasText: /refusée : plus de place/ }).waitFor();
    await events.filter({ hasText: rerouted!.reference }).waitFor();
    await events.filter({ hasText: 'Identification' }).first().waitFor();
    expect(await page.getByTestId('timeline').textContent()).not.toContain('Essai');
    await axe(page);
    await screenshot(page, 'coordination-timeline');

    // The details only on request (an audited read in intake).
    await page.getByRole('button', { name: 'Ouvrir les détails (consultation tracée)' }).first().click();
    await page.getByTestId('person-details').filter({ hasText: 'Essai' }).waitFor();
  }, 600_000);

  it('resolves an escalation without re-routing it, with the reason, and a second resolution is refused', async () => {
    const { victimRef } = await identifyChildInMopti();
    const coordinator = await keycloakToken('coordinator');
    const referralsOf = () => api<Referral[]>(coordinator, 'GET', `/api/referral/v1/victims/${victimRef}/referrals`);
    const declined = await eventually('the child protection referral', async () => (await referralsOf()).find((r) => r.need === 'childProtection'));
    await api(await keycloakToken('caseworker-cp-mopti'), 'POST', `/api/referral/v1/referrals/${declined.id}/decline`, { reason: 'noCapacity', version: declined.version });
    const escalation = await eventually('the escalation', async () => {
      // The decline escalates (declined), and so does the re-routing that finds nobody (noCandidate): the card resolved is the declined one.
      const found = await api<{ items: { id: string; victimRef: string; need: string; cause: string; version: number }[] }>(coordinator, 'GET', '/api/referral/v1/escalations?limit=100');
      return found.items.find((e) => e.victimRef === victimRef && e.need === 'childProtection' && e.cause === 'declined');
    });

    resolver = await launchBrowser();
    const { page } = resolver;
    // Keycloak's sign-in can take longer than the harness's 20 s when the machine is loaded.
    page.setDefaultTimeout(60_000);
    await signIn(page, 'coordinator');
    await page.goto(`${APP_URL}/coordination/escalations`);
    const card = page.getByTestId('escalation').filter({ hasText: victimRef }).filter({ hasText: 'Refusée par la structure' });
    const form = card.getByTestId('resolve-form');
    await form.waitFor({ timeout: 60_000 });
    // By keyboard: the reason, the note, then Enter submits the form.
    await form.getByLabel('Motif de résolution').focus();
    await form.getByLabel('Motif de résolution').selectOption('assistedOutsideRelais');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Suivie par une ONG partenaire hors Relais');
    await axe(page);
    await page.keyboard.press('Enter');
    const resolved = card.getByTestId('resolved');
    await resolved.filter({ hasText: 'Prise en charge hors Relais' }).filter({ hasText: 'Suivie par une ONG partenaire hors Relais' }).waitFor();
    expect(await card.getByRole('button', { name: 'Résoudre sans réorienter' }).count()).toBe(0);
    await axe(page);
    await screenshot(page, 'coordination-escalation-resolved');

    // The API holds it, and a second coordinator's resolution based on the old version is refused.
    const [after] = (await api<{ items: { id: string; version: number; resolution: { code: string } | null }[] }>(coordinator, 'GET', '/api/referral/v1/escalations?limit=100')).items.filter((e) => e.id === escalation.id);
    expect(after).toMatchObject({ version: escalation.version + 1, resolution: { code: 'assistedOutsideRelais' } });
    await expect(api(coordinator, 'POST', `/api/referral/v1/escalations/${escalation.id}/resolve`, { resolution: 'duplicate', version: escalation.version })).rejects.toThrow(/409/);
  }, 600_000);
});
