import { loadConfig, ServiceConfig } from '@relais/platform';

export class ProsecutionConfig extends ServiceConfig {
  override PORT = 3003;
}

export function loadProsecutionConfig(env: NodeJS.ProcessEnv = process.env): ProsecutionConfig {
  return loadConfig('prosecution', ProsecutionConfig, {}, env);
}
