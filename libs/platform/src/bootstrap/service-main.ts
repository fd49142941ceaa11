import { startOrExit } from './main';
import { migrateDefinition } from './migrate-definition';
import { writeOpenApiDocument } from './openapi-document';
import { runService, ServiceDefinition } from './run-service';

/**
 * The one entry point of every service, called by its main.ts once telemetry has started:
 * `serve` (default) runs it, `migrate` applies its migrations, `openapi <file>` writes its OpenAPI document.
 */
export function serviceMain(definition: ServiceDefinition, args: readonly string[]): void {
  const [command, file] = args;
  if (command === 'migrate') startOrExit(() => migrateDefinition(definition).then(() => process.exit(0)));
  else if (command === 'openapi') startOrExit(() => writeOpenApiDocument(definition, file).then(() => process.exit(0)));
  else if (command === undefined || command === 'serve') startOrExit(() => runService(definition));
  else {
    // A typo must not start the service: the orchestrator would take it for a running one.
    console.error(`unknown command '${command}': expected serve (the default), migrate or openapi <file>`);
    process.exit(1);
  }
}
