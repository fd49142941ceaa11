import { Provider } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { BlindIndex, PersonalDataVault, vaultKeysFromEnv, VaultKeys } from '@relais/vault';
import { IntakeConfig } from '../intake.config';

const VAULT_KEYS = Symbol('VAULT_KEYS');

/** The vault and the blind index, from the validated configuration (development keys when none). */
export const VAULT_PROVIDERS: Provider[] = [
  { provide: VAULT_KEYS, useFactory: (config: IntakeConfig): VaultKeys => vaultKeysFromEnv(config.vaultEnv()), inject: [SERVICE_CONFIG] },
  { provide: PersonalDataVault, useFactory: (keys: VaultKeys) => new PersonalDataVault(keys.keyring), inject: [VAULT_KEYS] },
  { provide: BlindIndex, useFactory: (keys: VaultKeys) => keys.blindIndex, inject: [VAULT_KEYS] },
];
