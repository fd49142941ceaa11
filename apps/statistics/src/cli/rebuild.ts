/**
 * Rebuilds the statistics read model from the event topics (npm run stats:rebuild).
 *
 *   node -r @swc-node/register apps/statistics/src/cli/rebuild.ts [--actor <id>]
 *
 * Safe while the service runs: the live tables are replaced in one transaction at the end, and
 * the live consumer carries on into the new ones. Prints a JSON report; exits non-zero on failure.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { registerMessages } from '@relais/platform';
import { StatisticsModule } from '../statistics.module';
import { STATISTICS_SERVICE } from '../statistics.service-definition';
import { RebuildProjections } from '../use-cases/rebuild-projections';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { actor: { type: 'string', default: 'system:statistics-rebuild' } }, strict: true });
  if (STATISTICS_SERVICE.messages) registerMessages(STATISTICS_SERVICE.messages);
  const app = await NestFactory.createApplicationContext(StatisticsModule, { logger: ['error', 'warn'] });
  try {
    const report = await app.get(RebuildProjections).execute(values.actor);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error('stats:rebuild failed:', error);
  process.exit(1);
});
