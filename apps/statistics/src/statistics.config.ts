import { join } from 'node:path';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { loadConfig, ServiceConfig } from '@relais/platform';
import { ONLY_VAULT_SERVICES, RefusedInProduction } from '@relais/vault';

export class StatisticsConfig extends ServiceConfig {
  /** Vault keys are intake's and prosecution's: refused here in production (README, "Security"). */
  @RefusedInProduction('statistics', ONLY_VAULT_SERVICES)
  VAULT_MASTER_KEYS?: string;

  @RefusedInProduction('statistics', ONLY_VAULT_SERVICES)
  VAULT_ACTIVE_KEY_ID?: string;

  @RefusedInProduction('statistics', ONLY_VAULT_SERVICES)
  VAULT_BLIND_INDEX_KEY?: string;

  /**
   * Published tables show a non-zero count under this threshold as `<N` and hide complements.
   * At least 3: with 2, a `<2` cell could only be 0 or 1 and the labels would say too much.
   */
  @Type(() => Number)
  @IsInt()
  @Min(3)
  @Max(100)
  DISCLOSURE_THRESHOLD = 5;

  /** The reporting country (ISO 3166-1 alpha-2): defendants of this nationality are GLOTIP "nationals". */
  @Matches(/^[A-Z]{2}$/, { message: 'COUNTRY must be an ISO 3166-1 alpha-2 code, e.g. ML' })
  COUNTRY = 'ML';

  /** The census population file (versioned JSON); replace it when INSTAT publishes new tables. */
  @IsString()
  POPULATION_FILE = join(__dirname, '../data/population-rgph5-2022.json');

  /** The dashboards (versioned JSON, one per file), checked at start-up against the indicators served. */
  @IsString()
  DASHBOARDS_DIR = join(__dirname, '../data/dashboards');
}

export function loadStatisticsConfig(env: NodeJS.ProcessEnv = process.env): StatisticsConfig {
  return loadConfig('statistics', StatisticsConfig, {}, env);
}
