import { join } from 'node:path';
import { repoRoot } from '../../../tools/lib/repo-root';
import { APP_URL, axe, launchBrowser, screenshot, signIn } from './harness';
import { keycloakToken } from './officer-steps';
import { acceptReferralInMopti, api, caseOf, eventually, identifyChildInMopti, platformWithPhone } from './role-steps';

/** Mopti's child-protection caseworker accepts the person's referral: the case file then lists that agency. */
async function acceptChildProtection(victimRef: string, caseId: string): Promise<string> {
  await acceptReferralInMopti(victimRef);
  const prosecutor = await keycloakToken('prosecutor-mopti');
  await eventually('the accompanying agency in the case file', async () => {
    const file = await api<{ victims: { accompaniedBy: string[] }[] }>(prosecutor, 'GET', `/api/prosecution/v1/cases/${caseId}`);
    return file.victims.some((v) => v.accompaniedBy.includes('demo-cp-mopti')) ? true : undefined;
  });
  // The prosecutor may read the agency directory (organisations, no person's data).
  return (await api<{ name: string }>(prosecutor, 'GET', '/api/referral/v1/agencies/demo-cp-mopti')).name;
}

/**
 * The prosecutor's workspace in a real browser against the whole platform: the case an officer's
 * identification opened at the Mopti office is on the board, is moved to preliminary
 * investigation from the case file, a refusal of the procedure is shown in words, and a hearing
 * is scheduled. On a 360 px screen, by keyboard where it matters.
 */
describe('prosecutor workspace (browser)', () => {
  const platform = platformWithPhone();

  it('moves a case to preliminary investigation and schedules a hearing', async () => {
    const { victimRef } = await identifyChildInMopti();
    const opened = await caseOf(victimRef);
    const agencyName = await acceptChildProtection(victimRef, opened.id);

    const { page } = await platform.launchPhone();
    await signIn(page, 'prosecutor-mopti');
    await page.goto(`${APP_URL}/prosecution/cases`);
    const link = page.getByRole('link', { name: `Ouvrir le dossier ${opened.reference}` });
    await link.waitFor();
    await page.getByTestId('stage-reportReceived').filter({ hasText: /\(1\)/ }).waitFor();
    await axe(page);
    await screenshot(page, 'prosecution-board');

    // Keyboard: the case opens from its link with Enter.
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${APP_URL}/prosecution/cases/${opened.id}`);
    await page.getByRole('heading', { name: `Dossier ${opened.reference}` }).waitFor();
    expect(await page.getByTestId('victims').textContent()).toContain(victimRef);
    // The accompanying agency by its name from the directory, not its id.
    await page.getByTestId('victims').filter({ hasText: `accompagnée par ${agencyName}` }).waitFor();
    expect(await page.getByTestId('victims').textContent()).not.toContain('demo-cp-mopti');
    await axe(page);
    await screenshot(page, 'prosecution-case');

    // The procedure refuses a decision dated before the report: the service's reason, in French.
    await page.getByLabel('Nouvelle étape').selectOption({ label: 'Enquête préliminaire' });
    await page.getByLabel('Date de la décision').fill('2020-01-01T10:00');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    const words = (await refusal.textContent()) ?? '';
    expect(words).toMatch(/[a-zé]{4,} .* [a-zé]{4,}/i);
    expect(words).not.toContain('HTTP');
    // The stage by its name and the date as a date, never a code or an ISO timestamp.
    expect(words).toContain('Procès-verbal reçu');
    expect(words).not.toMatch(/reportReceived|\d{4}-\d{2}-\d{2}T/);
    await screenshot(page, 'prosecution-case-refusal');

    // Dated now, the decision is recorded.
    const now = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.getByLabel('Date de la décision').fill(now);
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByTestId('case-stage').filter({ hasText: 'Enquête préliminaire' }).waitFor();

    await page.getByLabel('Date et heure').fill('2027-01-15T09:00');
    await page.getByLabel('Type d’audience').selectOption({ label: 'Audience préliminaire' });
    await page.getByRole('button', { name: 'Programmer l’audience' }).click();
    // At 360 px the calendar is the month's agenda, opened on the hearing's month, in French.
    const calendar = page.getByTestId('hearing-calendar');
    await calendar.getByTestId('calendar-agenda').filter({ hasText: 'Audience préliminaire' }).waitFor();
    expect(await calendar.getByTestId('calendar-month').textContent()).toBe('Janvier 2027');
    expect(await calendar.getByTestId('calendar-agenda').textContent()).toContain('Vendredi 15 janvier 2027');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await axe(page);
    await screenshot(page, 'prosecution-case-hearing');
    await calendar.screenshot({ path: join(repoRoot(), 'docs', 'screenshots', 'prosecution-calendar-360.png') });

    // A defendant, charged under Law 2012-023 (ICCS code from the service); the identity only on the audited reveal.
    await page.getByLabel('Surnoms').fill('Essai Le Grand');
    await page.getByRole('button', { name: 'Ajouter le mis en cause' }).click();
    const defendant = page.getByTestId('defendant');
    await defendant.waitFor();
    expect(await defendant.textContent()).not.toContain('Essai');
    await defendant.getByRole('checkbox', { name: 'Traite à des fins de travail forcé' }).check();
    await defendant.getByRole('button', { name: 'Enregistrer les chefs d’inculpation' }).click();
    await defendant.filter({ hasText: /Loi 2012-023.*ICCS \d+/ }).waitFor();
    await defendant.getByRole('button', { name: /Voir l’identité du mis en cause n° 1/ }).click();
    await defendant.getByTestId('defendant-identity').filter({ hasText: 'Essai Le Grand' }).waitFor();
    await axe(page);
    await screenshot(page, 'prosecution-case-defendant');

    // What the service holds, read back with the prosecutor's own token.
    const token = await keycloakToken('prosecutor-mopti');
    const file = await api<{ stage: string; hearings: { at: string; kind: string }[]; defendants: { charges: { offence: string; iccs: string }[] }[] }>(token, 'GET', `/api/prosecution/v1/cases/${opened.id}`);
    expect(file.stage).toBe('preliminaryInvestigation');
    expect(file.hearings).toEqual([expect.objectContaining({ kind: 'preliminary', at: new Date('2027-01-15T09:00').toISOString() })]);
    expect(file.defendants).toEqual([expect.objectContaining({ charges: [expect.objectContaining({ offence: 'traffickingForcedLabour', iccs: expect.stringMatching(/^\d+$/) })] })]);

    // On a desktop the calendar is a month grid, driven by keyboard.
    const desk = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const { page: big } = desk;
      await signIn(big, 'prosecutor-mopti');
      await big.goto(`${APP_URL}/prosecution/cases/${opened.id}`);
      const grid = big.getByRole('grid', { name: 'Janvier 2027' });
      await grid.waitFor();
      const day = (label: string) => grid.getByRole('gridcell', { name: new RegExp(`^${label}`) });
      // The hearing's day holds the focus stop, and says what is on it.
      const fifteenth = day('Vendredi 15 janvier 2027');
      expect(await fifteenth.getAttribute('tabindex')).toBe('0');
      expect(await fifteenth.textContent()).toContain('Audience préliminaire');
      await fifteenth.focus();
      await big.keyboard.press('ArrowRight');
      expect(await day('Samedi 16 janvier 2027').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await big.keyboard.press('ArrowDown');
      expect(await day('Samedi 23 janvier 2027').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await big.keyboard.press('PageDown');
      await big.getByRole('grid', { name: 'Février 2027' }).waitFor();
      expect(await big.getByRole('gridcell', { name: /^Mardi 23 février 2027/ }).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await big.getByRole('button', { name: 'Mois précédent' }).click();
      await grid.waitFor();
      await big.getByRole('button', { name: 'Aujourd’hui' }).click();
      await big.locator('[aria-current="date"]').waitFor();
      await big.getByRole('button', { name: 'Mois suivant' }).click();
      await big.getByRole('button', { name: 'Mois précédent' }).click();
      await big.locator('[aria-current="date"]').waitFor();
      // Opened again, the calendar shows the hearing's month (the next hearing's, or else the latest one's).
      await big.reload();
      await grid.waitFor();
      await axe(big);
      await screenshot(big, 'prosecution-case-desktop');
      await big.getByTestId('hearing-calendar').screenshot({ path: join(repoRoot(), 'docs', 'screenshots', 'prosecution-calendar-desktop.png') });
    } finally {
      await desk.close();
    }
  }, 600_000);
});
