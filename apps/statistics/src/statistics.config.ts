import { loadConfig, ServiceConfig } from '@relais/platform';

export class StatisticsConfig extends ServiceConfig {
  override PORT = 3005;
}

export function loadStatisticsConfig(env: NodeJS.ProcessEnv = process.env): StatisticsConfig {
  return loadConfig('statistics', StatisticsConfig, {}, env);
}
