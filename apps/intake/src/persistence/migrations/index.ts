import { VAULT_MIGRATIONS } from '@relais/vault';
import { CreateIdentifications1796893200000 } from './20261210090000-create-identifications';

/** This service's own migrations, after the shared ones (PLATFORM_MIGRATIONS), oldest first: the vault's data keys, then intake's tables. */
export const INTAKE_MIGRATIONS = [...VAULT_MIGRATIONS, CreateIdentifications1796893200000];
