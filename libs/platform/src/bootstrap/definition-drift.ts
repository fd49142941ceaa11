import { PLATFORM_MIGRATIONS } from '../platform.module';
import type { ServiceDefinition } from './run-service';

/** What a service's DataSource was built with (its `options`), as far as the definition repeats it. */
export interface BuiltSchema {
  schema?: string;
  entities?: unknown;
  migrations?: unknown;
}

/**
 * The definition repeats the schema, entities and migrations the module gives
 * PlatformModule.forService, since `migrate` runs without the module. Where they disagree, the
 * migrate job would apply other migrations than the service waits for: the differences, for a
 * start-up error (empty when they agree).
 */
export function definitionDrift(definition: ServiceDefinition, built: BuiltSchema): string[] {
  const problems: string[] = [];
  if (built.schema !== definition.service) problems.push(`schema: the module uses '${String(built.schema)}', the definition '${definition.service}'`);
  const compare = (what: string, fromModule: unknown, fromDefinition: readonly unknown[]) => {
    const a = namesOf(fromModule);
    const b = namesOf(fromDefinition);
    const onlyModule = a.filter((n) => !b.includes(n));
    const onlyDefinition = b.filter((n) => !a.includes(n));
    if (onlyModule.length) problems.push(`${what} in the module only: ${onlyModule.join(', ')}`);
    if (onlyDefinition.length) problems.push(`${what} in the definition only: ${onlyDefinition.join(', ')}`);
  };
  compare('entities', built.entities, definition.entities);
  compare('migrations', built.migrations, [...PLATFORM_MIGRATIONS, ...definition.migrations]);
  return problems;
}

function namesOf(list: unknown): string[] {
  const items = Array.isArray(list) ? list : Object.values((list ?? {}) as object);
  return items.map((item) => (typeof item === 'function' ? item.name : String(item))).sort();
}
