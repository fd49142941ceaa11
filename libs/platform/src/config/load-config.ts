import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { flattenErrors, SERVICE_PORTS } from '@relais/contracts';

export class ConfigurationError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`relais-${service} cannot start: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads and validates a service's configuration from the environment. Every problem is reported
 * at once, so an operator fixes the deployment in one pass instead of one restart per mistake.
 */
export function loadConfig<T extends object>(
  service: string,
  ConfigClass: new () => T,
  defaults: Partial<Record<keyof T, unknown>> = {},
  env: NodeJS.ProcessEnv = process.env,
): T {
  // A service listens on its port from the one service list unless told otherwise; its settings
  // class need not repeat it.
  const listed = (SERVICE_PORTS as Record<string, number | undefined>)[service];
  const raw: Record<string, unknown> = { ...(listed ? { PORT: listed } : {}), ...defaults };
  for (const name of declaredSettings(ConfigClass)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[name] = value === 'true' ? true : value === 'false' ? false : value;
  }
  const config = plainToInstance(ConfigClass, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length) {
    const problems = flattenErrors(errors).map((e) => `${e.path}: ${e.messages.join('; ')} (got ${shown(e.path, raw[e.path])})`);
    throw new ConfigurationError(service, problems);
  }
  return config;
}

function declaredSettings(ConfigClass: new () => object): Set<string> {
  const names = new Set(Object.keys(new ConfigClass()));
  for (const m of getMetadataStorage().getTargetValidationMetadatas(ConfigClass, '', true, false)) names.add(m.propertyName);
  return names;
}

/** Secrets never reach a log, even a start-up failure's. */
function shown(name: string, value: unknown): string {
  if (value === undefined) return 'nothing';
  if (/KEY|SECRET|PASSWORD|TOKEN/.test(name)) return '[hidden]';
  return JSON.stringify(String(value).replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@'));
}
