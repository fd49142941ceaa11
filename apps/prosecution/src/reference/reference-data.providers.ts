import { readFileSync } from 'node:fs';
import { Provider } from '@nestjs/common';
import { REGIONS, Vocabularies } from '@relais/contracts';
import { SERVICE_CONFIG } from '@relais/platform';
import { PersonalDataVault, RequestFingerprint, vaultKeysFromEnv, VaultKeys } from '@relais/vault';
import { OfficeDirectory } from '../domain/office-directory';
import { ReferenceDataError } from '../domain/reference-data-error';
import { StatutoryPenalties } from '../domain/statutory-penalties';
import { OfficeRepository } from '../persistence/office.repository';
import { ProsecutionConfig } from '../prosecution.config';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ReferenceDataError(path, [`cannot read it as JSON: ${(error as Error).message}`]);
  }
}

/**
 * Reference data is read and validated once, when the service starts, and copied into the
 * database before any event is consumed: a broken file stops the start-up with every problem
 * listed, instead of failing on the first identification from a region it forgot.
 */
export const REFERENCE_DATA_PROVIDERS: Provider[] = [
  {
    provide: OfficeDirectory,
    inject: [SERVICE_CONFIG, OfficeRepository],
    useFactory: async (config: ProsecutionConfig, offices: OfficeRepository) => {
      const directory = OfficeDirectory.parse(readJson(config.PROSECUTOR_OFFICES_FILE), REGIONS, config.PROSECUTOR_OFFICES_FILE);
      await offices.sync(directory);
      return directory;
    },
  },
  {
    provide: StatutoryPenalties,
    inject: [SERVICE_CONFIG, OfficeRepository],
    useFactory: async (config: ProsecutionConfig, offices: OfficeRepository) => {
      const penalties = StatutoryPenalties.parse(readJson(config.STATUTORY_PENALTIES_FILE), Vocabularies.offences.codes, config.STATUTORY_PENALTIES_FILE);
      await offices.recordVersion('statutory-penalties', penalties.version, penalties.source);
      return penalties;
    },
  },
];

export const VAULT_KEYS = Symbol('VAULT_KEYS');

/**
 * Defendants' identities use the vault library with prosecution's own keyring (never intake's): one
 * data key per defendant, crypto-shreddable; and its own key for idempotency fingerprints.
 */
export const VAULT_PROVIDERS: Provider[] = [
  { provide: VAULT_KEYS, inject: [SERVICE_CONFIG], useFactory: (config: ProsecutionConfig) => vaultKeysFromEnv('prosecution', config.vaultEnvironment) },
  { provide: PersonalDataVault, inject: [VAULT_KEYS], useFactory: (keys: VaultKeys) => new PersonalDataVault(keys.keyring) },
  { provide: RequestFingerprint, inject: [VAULT_KEYS], useFactory: (keys: VaultKeys) => keys.fingerprint },
];
