import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Flavour, realmJson } from './realm';

/** Regenerates deploy/keycloak/realms/relais-{dev,prod}.json from realm.ts (a test fails when stale). */
export const REALMS_DIR = join(__dirname, '..', '..', 'deploy', 'keycloak', 'realms');
export const realmFile = (flavour: Flavour): string => join(REALMS_DIR, `relais-${flavour}.json`);

if (require.main === module) {
  mkdirSync(REALMS_DIR, { recursive: true });
  for (const flavour of ['dev', 'prod'] as const) {
    writeFileSync(realmFile(flavour), realmJson(flavour));
    console.log(`wrote ${realmFile(flavour)}`);
  }
}
