import { APP_URL, axe, BrowserPlatform, consoleErrors, launchBrowser, measureJs, PASSWORD, Phone, screenshot, signIn, signOut, START_TIMEOUT_MS, startBrowserPlatform, waitForServiceWorker } from './harness';

/**
 * The shell in a real browser against the platform as in production: sign-in on Keycloak's page,
 * the navigation a role allows, no token on the device, the session back after a reload, the app
 * opening with no network, and sign-out leaving nothing of the user behind for the next one.
 */
describe('web app shell', () => {
  let platform: BrowserPlatform;
  let phone: Phone;
  let errors: string[];

  beforeAll(async () => {
    platform = await startBrowserPlatform();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await phone?.close();
    await platform?.stop();
  });

  it('signs an officer in on Keycloak’s page and shows only the officer’s screens, in French', async () => {
    phone = await launchBrowser();
    const { page } = phone;
    errors = consoleErrors(page);
    const js = measureJs(page);
    await page.goto(`${APP_URL}/`);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await axe(page);
    await screenshot(page, 'sign-in-360');

    await signIn(page, 'officer-mopti');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.locator('#page-title').textContent()).resolves.toBe('Bienvenue, officer-mopti');
    await page.getByRole('heading', { name: 'Officier de police judiciaire' }).waitFor();

    // On a phone the navigation is behind the menu button.
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link').first().waitFor();
    const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links[0]).toBe('/');
    expect(links.length).toBeGreaterThan(1);
    expect(links.every((href) => href === '/' || href?.startsWith('/officer/'))).toBe(true);
    await axe(page);
    await screenshot(page, 'officer-menu-360');
    await page.getByRole('button', { name: 'Fermer le menu' }).click();
    await axe(page);
    await screenshot(page, 'officer-home-360');

    const load = await js.total();
    console.log(`JS for the sign-in page and the officer's home: ${(load.totalGzipBytes / 1024).toFixed(1)} KB gzipped in ${load.files.length} files`);
  });

  it('keeps no token in localStorage or sessionStorage', async () => {
    // Page-side code as strings: the test's own types are Node's, without the DOM.
    const stored = await phone.page.evaluate<string>('JSON.stringify([{ ...localStorage }, { ...sessionStorage }])');
    expect(stored).not.toMatch(/eyJ[\w-]+\.eyJ/); // a JWT
    expect(stored).not.toMatch(/access_token|refresh_token|id_token/);
  });

  it('restores the session after a reload through Keycloak’s session (silent sign-in)', async () => {
    await phone.page.reload();
    await phone.page.locator('#page-title').waitFor();
    // A refused frame (CSP frame-src must allow the app's own /silent-renew.html) shows only here.
    expect(errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
    await expect(phone.page.locator('#page-title').textContent()).resolves.toBe('Bienvenue, officer-mopti');
    await expect(phone.page.getByText('Hors ligne', { exact: true }).count()).resolves.toBe(0);
  });

  it('answers an unknown address with the not-found page', async () => {
    const { page } = phone;
    await page.goto(`${APP_URL}/nulle-part`);
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
    await axe(page);
    // Keyboard: the first Tab stop is the skip link, which jumps over header and navigation.
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('main');
    // English on demand (its texts are fetched then), and back.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByText('FR', { exact: true }).click();
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
    await page.getByRole('link', { name: "Retour à l'accueil" }).click();
    await page.getByRole('heading', { name: 'Bienvenue, officer-mopti' }).waitFor();
  });

  it('opens with no network once loaded: the last user’s own area, marked offline', async () => {
    const { page, context } = phone;
    await page.goto(`${APP_URL}/`);
    await page.locator('#page-title').waitFor();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByText('Hors ligne', { exact: true }).waitFor({ timeout: 30_000 });
      await page.locator('#page-title').waitFor();
      await axe(page);
      await screenshot(page, 'officer-offline-360');
    } finally {
      await context.setOffline(false);
    }
  });

  it('signs out back to the sign-in page and forgets the user on the device', async () => {
    const { page } = phone;
    await page.goto(`${APP_URL}/`);
    await page.getByRole('heading', { name: 'Bienvenue, officer-mopti' }).waitFor();
    await signOut(page);
    const profile = await page.evaluate(`new Promise((resolve) => {
      const open = indexedDB.open('relais-shell', 1);
      open.onsuccess = () => {
        const get = open.result.transaction('profile').objectStore('profile').get('last-user');
        get.onsuccess = () => resolve(get.result ?? null);
      };
    })`);
    expect(profile).toBeNull();
    // The Keycloak session is over too: a reload does not sign anyone back in.
    await page.reload();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  });

  it('never loads an officer screen for another person on the same phone', async () => {
    const { page } = phone;
    const js = measureJs(page);
    await signIn(page, 'caseworker-cp-mopti');
    await page.goto(`${APP_URL}/officer/new`);
    await page.getByRole('heading', { name: 'Accès non autorisé' }).waitFor();
    const loaded = (await js.total()).files.map((f) => f.path);
    expect(loaded.filter((p) => /Identification|Outbox|Correction|outbox-sync/.test(p))).toEqual([]);
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    const links = await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.filter((href) => href?.startsWith('/officer/'))).toEqual([]);
    await page.getByRole('button', { name: 'Fermer le menu' }).click();
  });

  it('after a sign-out with no network, the next start does not pick the Keycloak session up', async () => {
    const { page, context } = phone;
    await context.setOffline(true);
    try {
      await signOut(page); // Keycloak cannot be told: only the device forgets
    } finally {
      await context.setOffline(false);
    }
    await page.reload();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // Keycloak's session is still alive, yet it asks for credentials again.
    await page.locator('#password').waitFor();
    const username = page.locator('#username');
    if ((await username.count()) && (await username.isEditable())) await username.fill('caseworker-cp-mopti');
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();
    await page.waitForURL(`${APP_URL}/**`);
    await page.locator('#page-title').waitFor();
    // Signed in again on purpose: from now on a reload restores the session silently as usual.
    await page.reload();
    await page.locator('#page-title').waitFor();
  });
});
