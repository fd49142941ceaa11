import { loadConfig, ServiceConfig } from '@relais/platform';

export class IntakeConfig extends ServiceConfig {
  override PORT = 3001;
}

export function loadIntakeConfig(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  return loadConfig('intake', IntakeConfig, {}, env);
}
