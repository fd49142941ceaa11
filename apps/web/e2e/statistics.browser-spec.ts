import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { uuidv7 } from '@relais/contracts';
import { APP_URL, axe, BrowserPlatform, ISSUER, launchBrowser, measureJs, PASSWORD, Phone, PHONE, screenshot, signIn, startBrowserPlatform } from './harness';

const DESKTOP = { width: 1280, height: 900 };
const BUDGET_GZIP_BYTES = 150 * 1024;

/** The 15th of last month, 09:00 UTC: inside the public page's twelve completed months, and this year's statistics. */
function lastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15, 9)).toISOString();
}

/** A fake identification (no real person): a boy of 12 begging, or a woman of 25 sexually exploited, in Mopti. */
function identification(kind: 'boy' | 'woman'): Record<string, unknown> {
  const at = lastMonth();
  return {
    id: uuidv7(),
    identifiedAt: at,
    place: { region: 'mopti', cercle: 'Mopti' },
    person: kind === 'boy'
      ? { givenNames: 'Essai', familyName: 'Statistique', sex: 'male', estimatedAge: 12, nationalities: ['ML'] }
      : { givenNames: 'Essai', familyName: 'Statistique', sex: 'female', estimatedAge: 25, nationalities: ['ML'] },
    exploitation: { forms: [kind === 'boy' ? 'ForcedBegging' : 'SexualExploitation'] },
    indicators: ['abuseOfVulnerability'],
    assessment: 'PossibleVictimOfTrafficking',
    needs: [{ need: 'basicNeeds' }],
    consent: { referral: true, dataSharing: false, givenBy: kind === 'boy' ? 'guardian' : 'victim', recordedAt: at },
  };
}

/** A real Keycloak token through the development client's password grant (the API calls that set the scene). */
async function keycloakToken(username: string): Promise<string> {
  const response = await fetch(`${ISSUER}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'relais-dev', username, password: PASSWORD, scope: 'openid' }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Polls until `find` returns something (events travel through Kafka), or fails saying what it waited for. */
async function eventually<T>(what: string, find: () => Promise<T | undefined>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const found = await find().catch((error: unknown) => void (last = error));
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`still waiting after ${timeoutMs / 1000} s for ${what}${last ? ` (last: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Waits until each of the `charts` cards has its answer (drawn, empty or failed). */
async function allLoaded(page: Page, charts: number): Promise<void> {
  await page.locator('[data-chart]').nth(charts - 1).waitFor();
  expect(await page.locator('[data-chart]').count()).toBe(charts);
  await page.locator('[data-chart] [role="status"]').first().waitFor({ state: 'detached' });
}

async function api<T>(path: string, token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${APP_URL}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The statistics pages in a real browser against the whole platform: the public page with no
 * sign-in (light, charts drawn, small counts withheld as "<5", CSV), and the statistician's
 * dashboard showing exactly the identifications made here.
 */
describe('statistics pages', () => {
  let platform: BrowserPlatform;
  let browser: Phone;
  const BOYS = 4;
  const WOMEN = 3;
  /** Mopti's child protection agency declines three of the boys' referrals: two for lack of room, one as not eligible. */
  const DECLINES = ['noCapacity', 'noCapacity', 'notEligible'] as const;

  beforeAll(async () => {
    platform = await startBrowserPlatform();
    const officer = await keycloakToken('officer-mopti');
    const boys: string[] = [];
    for (const kind of [...Array(BOYS).fill('boy'), ...Array(WOMEN).fill('woman')] as ('boy' | 'woman')[]) {
      const created = await api<{ victimRef: string }>('/api/intake/v1/identifications', officer, { method: 'POST', body: JSON.stringify(identification(kind)) });
      if (kind === 'boy') boys.push(created.victimRef);
    }
    const caseworker = await keycloakToken('caseworker-cp-mopti');
    for (const [i, reason] of DECLINES.entries()) {
      const referral = await eventually(`the child protection referral of ${boys[i]}`, async () => {
        const inbox = await api<{ items: { id: string; victimRef: string; need: string; version: number }[] }>('/api/referral/v1/referrals?limit=100', caseworker);
        return inbox.items.find((r) => r.victimRef === boys[i] && r.need === 'childProtection');
      });
      await api(`/api/referral/v1/referrals/${referral.id}/decline`, caseworker, { method: 'POST', body: JSON.stringify({ reason, version: referral.version }) });
    }
    // A defendant in the case the first boy's identification opened at the Mopti office.
    const prosecutor = await keycloakToken('prosecutor-mopti');
    const opened = await eventually(`the case of ${boys[0]}`, async () => {
      const page = await api<{ items: { id: string; victimRefs: string[] }[] }>('/api/prosecution/v1/cases?limit=100', prosecutor);
      return page.items.find((c) => c.victimRefs.includes(boys[0]));
    });
    await api(`/api/prosecution/v1/cases/${opened.id}/defendants`, prosecutor, {
      method: 'POST', body: JSON.stringify({ identity: { familyName: 'Essai' }, sex: 'male', nationality: 'ML', custody: 'free' }),
    });
    // The statistics projection follows the events: wait until it has them all.
    const statistician = await keycloakToken('statistician');
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await api<{ rows: { count: number }[] }>('/api/statistics/v1/statistics/victims', statistician);
      const declined = await api<{ rows: { declined: number }[] }>('/api/statistics/v1/statistics/referrals', statistician);
      const persons = await api<{ rows: { count: number }[] }>('/api/statistics/v1/statistics/prosecutions', statistician);
      if (rows[0]?.count === BOYS + WOMEN && declined.rows[0]?.declined === DECLINES.length && persons.rows[0]?.count === 1) break;
      if (Date.now() > deadline) throw new Error(`statistics has ${JSON.stringify(rows)} after 60 s`);
      await new Promise((r) => setTimeout(r, 500));
    }
    browser = await launchBrowser({ viewport: DESKTOP });
  }, 1_800_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('opens the public page without signing in, light, calling only the public API, and draws its charts', async () => {
    const { page } = browser;
    const js = measureJs(page);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiCalls.push(url.pathname);
    });
    await page.goto(`${APP_URL}/statistiques`);
    await page.locator('svg.chart-svg').first().waitFor();
    const load = await js.total();
    console.log(`JS before the public page's first chart: ${(load.totalGzipBytes / 1024).toFixed(1)} KB gzipped in ${load.files.length} files (${load.files.map((f) => f.path).join(', ')})`);
    expect(load.totalGzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(load.files.some((f) => /mantine|oidc|index-/i.test(f.path))).toBe(false);

    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('heading', { level: 1, name: 'La traite des personnes au Mali en chiffres' }).waitFor();
    await page.getByRole('heading', { name: 'Pourquoi certains chiffres sont masqués' }).waitFor();
    await expect(page.getByTestId('updated').textContent()).resolves.toMatch(/^Dernière mise à jour des chiffres : \d{1,2} \S+ \d{4}/);
    // Every chart of the public dashboard file has its answer, none failed; those with figures are drawn.
    await allLoaded(page, 5);
    expect(await page.locator('[data-chart] [role="alert"]').count()).toBe(0);
    expect(await page.locator('[data-chart] svg.chart-svg').count()).toBeGreaterThanOrEqual(3);
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.filter((p) => !p.startsWith('/api/statistics/v1/public/'))).toEqual([]);
  });

  it('shows "<5" where the API withholds a count, in the table and hatched in the chart, never as a number', async () => {
    const { page } = browser;
    const byForm = page.locator('[data-chart="victims-by-form"]');
    const row = (name: string) => byForm.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
    await expect(row('Mendicité forcée').textContent()).resolves.toBe('<5');
    await expect(row('Exploitation sexuelle').textContent()).resolves.toBe('<5');
    expect(await byForm.locator('svg .chart-suppressed').count()).toBeGreaterThanOrEqual(2);
    await expect(byForm.locator('svg').first().textContent()).resolves.toContain('<5');
    // The month itself (7) is above the threshold: published as it is.
    const byMonth = page.locator('[data-chart="victims-by-month"]');
    expect(await byMonth.locator('tbody td', { hasText: /^7$/ }).count()).toBe(1);
    await axe(page);
    await screenshot(page, 'statistics-public-fr');
    // On a phone: one column, charts drawn at the phone's width.
    await page.setViewportSize(PHONE);
    await page.locator('[data-chart="victims-by-form"] svg.chart-svg').first().waitFor();
    await expect(page.locator('[data-chart="victims-by-form"] svg.chart-svg').first().getAttribute('viewBox')).resolves.toMatch(/^0 0 (2[89]\d|3[0-5]\d) 260$/);
    await axe(page);
    await screenshot(page, 'statistics-public-360-fr');
    await page.setViewportSize(DESKTOP);
  });

  it('downloads the API’s CSV from the CSV button', async () => {
    const { page } = browser;
    const card = page.locator('[data-chart="victims-by-form"]');
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/statistics/v1/public/statistics/victims') && r.request().headers().accept === 'text/csv'),
      page.waitForEvent('download'),
      card.getByRole('button', { name: /^Télécharger \(CSV\)/ }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    expect(download.suggestedFilename()).toBe('relais-victims.csv');
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.split(/\r?\n/)[0]).toBe('form,count');
    expect(text).toMatch(/ForcedBegging,<5/);
  });

  it('is in English at /en/statistics', async () => {
    const { page } = browser;
    await page.goto(`${APP_URL}/en/statistics`);
    await page.getByRole('heading', { level: 1, name: 'Trafficking in persons in Mali in figures' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('[data-chart="victims-by-form"]').getByRole('row', { name: /^Forced begging/ }).waitFor();
    await axe(page);
  });

  it('shows the statistician exactly the identifications made in this test', async () => {
    const { page } = browser;
    await page.goto(`${APP_URL}/`);
    await signIn(page, 'statistician');
    await page.goto(`${APP_URL}/dashboards`);
    await page.getByRole('heading', { level: 1, name: 'Tableaux de bord' }).waitFor();
    const cell = (chart: string, row: string, column = 0) =>
      page.locator(`[data-chart="${chart}"]`).getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').nth(column);
    await expect(cell('victims-by-region', 'Mopti').textContent()).resolves.toBe(String(BOYS + WOMEN));
    await expect(cell('victims-by-form', 'Mendicité forcée').textContent()).resolves.toBe(String(BOYS));
    await expect(cell('victims-by-form', 'Exploitation sexuelle').textContent()).resolves.toBe(String(WOMEN));
    // Age × sex: series in the order the API lists them; find each by its column header.
    const ageSex = page.locator('[data-chart="victims-by-age-sex"]');
    const headers = await ageSex.locator('thead th').allTextContents();
    await expect(ageSex.getByRole('row', { name: /^9–17 ans/ }).getByRole('cell').nth(headers.indexOf('Hommes') - 1).textContent()).resolves.toBe(String(BOYS));
    await expect(ageSex.getByRole('row', { name: /^24–26 ans/ }).getByRole('cell').nth(headers.indexOf('Femmes') - 1).textContent()).resolves.toBe(String(WOMEN));

    // Declines by reason, the headline figures and the GLOTIP export: exactly what the test made.
    await expect(cell('declines-by-reason', 'Plus de place').textContent()).resolves.toBe('2');
    await expect(cell('declines-by-reason', 'Hors critères').textContent()).resolves.toBe('1');
    expect(await page.locator('[data-chart="declines-by-reason"]').getByRole('row', { name: /^Non refusée/ }).count()).toBe(0);
    await expect(cell('headline-figures', 'Victimes présumées identifiées').textContent()).resolves.toBe(String(BOYS + WOMEN));
    await expect(cell('headline-figures', 'dont enfants').textContent()).resolves.toBe(String(BOYS));
    const glotip = page.locator('[data-chart="glotip-victims"]');
    const glotipHeaders = await glotip.locator('thead th').allTextContents();
    await expect(glotip.getByRole('row', { name: /^Mendicité/ }).getByRole('cell').nth(glotipHeaders.indexOf('Garçons') - 1).textContent()).resolves.toBe(String(BOYS));
    await expect(glotip.getByRole('row', { name: /^Exploitation sexuelle/ }).getByRole('cell').nth(glotipHeaders.indexOf('Femmes') - 1).textContent()).resolves.toBe(String(WOMEN));
    await expect(cell('persons-by-stage', 'Hommes').textContent()).resolves.toBe('1');

    // The region filter is counted by the server: nothing in Kayes.
    const asked = page.waitForRequest((r) => r.url().includes('/api/statistics/v1/statistics/victims?') && new URL(r.url()).searchParams.get('region') === 'kayes');
    await page.getByLabel('Région', { exact: true }).selectOption('kayes');
    await asked;
    await page.locator('[data-chart="victims-by-form"]').getByText('Aucun chiffre pour cette période.').waitFor();
    await page.locator('[data-chart="declines-by-reason"]').getByText('Aucun chiffre pour cette période.').waitFor();
    await page.getByLabel('Région', { exact: true }).selectOption('mopti');
    await expect(cell('victims-by-form', 'Mendicité forcée').textContent()).resolves.toBe(String(BOYS));
    await page.getByLabel('Région', { exact: true }).selectOption('');
    await expect(cell('victims-by-region', 'Mopti').textContent()).resolves.toBe(String(BOYS + WOMEN));
    await allLoaded(page, 16);
    expect(await page.locator('[data-chart] [role="alert"]').allTextContents()).toEqual([]);
    await axe(page);
    await screenshot(page, 'statistics-dashboard-fr');

    // The A4 report: the same figures without filters, buttons or navigation.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.stat-filters').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Télécharger \(CSV\)/ }).first().isVisible()).toBe(false);
    await expect(cell('victims-by-region', 'Mopti').isVisible()).resolves.toBe(true);
    await screenshot(page, 'statistics-dashboard-print-fr');
    await page.emulateMedia({ media: 'screen' });

    // On a phone: one column, every chart with its table.
    await page.setViewportSize(PHONE);
    await page.locator('[data-chart="glotip-victims"] svg.chart-svg').first().waitFor();
    await axe(page);
    await screenshot(page, 'statistics-dashboard-360-fr');
    await page.setViewportSize(DESKTOP);
  }, 360_000);

  it("shows a prosecutor their own office's figures, and the API refuses them another office", async () => {
    const context = await launchBrowser({ viewport: PHONE });
    try {
      const { page } = context;
      await page.goto(`${APP_URL}/`);
      await signIn(page, 'prosecutor-mopti');
      await page.goto(`${APP_URL}/dashboards`);
      await page.getByTestId('own-office').filter({ hasText: 'parquet-tgi-mopti' }).waitFor();
      const persons = page.locator('[data-chart="persons-by-stage"]');
      // Their office's exact count (1, not "<5"): the defendant added to the case it holds.
      await expect(persons.getByRole('row', { name: /^Hommes/ }).getByRole('cell').first().textContent()).resolves.toBe('1');
      // Protected yearly charts read the last completed year (the current one is not published yet).
      await page.getByText('Les taux ODD portent sur l’année ' + String(new Date().getUTCFullYear() - 1)).waitFor();
      await page.locator('[data-chart="headline-figures"] table').waitFor();
      expect(await page.locator('[data-chart="headline-figures"] [role="alert"]').count()).toBe(0);
      await axe(page);
      await screenshot(page, 'statistics-dashboard-prosecutor-360-fr');
    } finally {
      await context.close();
    }
    const token = await keycloakToken('prosecutor-mopti');
    const other = await fetch(`${APP_URL}/api/statistics/v1/statistics/prosecutions?office=parquet-tgi-kayes`, { headers: { authorization: `Bearer ${token}` } });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { code: string }).code).toBe('OFFICE_OUTSIDE_JURISDICTION');
  }, 240_000);
});
