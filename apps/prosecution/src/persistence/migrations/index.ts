import { VAULT_MIGRATIONS } from '@relais/vault';
import { CreateProsecutionTables1796202000000 } from './20261202090000-create-prosecution-tables';
import { AddIdentificationUnit1796637660000 } from './20261207100100-add-identification-unit';

/** This service's own migrations, after the shared ones (PLATFORM_MIGRATIONS), oldest first. */
export const PROSECUTION_MIGRATIONS = [...VAULT_MIGRATIONS, CreateProsecutionTables1796202000000, AddIdentificationUnit1796637660000];
