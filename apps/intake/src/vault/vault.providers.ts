import { Provider } from '@nestjs/common';
import { SERVICE_CONFIG } from '@relais/platform';
import { BlindIndex, duplicateIndexFromEnv, masterKeyringFromEnv, PersonalDataVault, RequestFingerprint, requestFingerprintFromEnv } from '@relais/vault';
import { IntakeConfig } from '../intake.config';

/**
 * Intake's own keyring and one key per purpose, from the validated configuration (development
 * keys when none): the data keys' master keys, the duplicate-detection index, the idempotency
 * fingerprints. None is shared with another service or another purpose.
 */
export const VAULT_PROVIDERS: Provider[] = [
  { provide: PersonalDataVault, useFactory: (config: IntakeConfig) => new PersonalDataVault(masterKeyringFromEnv('intake', config.vaultEnv())), inject: [SERVICE_CONFIG] },
  { provide: BlindIndex, useFactory: (config: IntakeConfig) => duplicateIndexFromEnv(config.vaultEnv()), inject: [SERVICE_CONFIG] },
  { provide: RequestFingerprint, useFactory: (config: IntakeConfig) => requestFingerprintFromEnv('intake', config.vaultEnv()), inject: [SERVICE_CONFIG] },
];
