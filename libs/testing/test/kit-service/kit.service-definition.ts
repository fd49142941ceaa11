import { Controller, Get, Module } from '@nestjs/common';
import { Public } from '@relais/auth';
import { ServiceName } from '@relais/contracts';
import { DEFAULT_MESSAGING_OPTIONS } from '@relais/messaging';
import { loadConfig, PlatformModule, ServiceConfig, ServiceDefinition, serviceMain } from '@relais/platform';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A throw-away service built from the kit alone, as a sixth service would be (docs/ENGINEERING.md,
 * "Adding a service"): one migration, one controller, no consumers. It stays out of SERVICES so no
 * tool, test or deployment ever sees it; hence the one cast of its name.
 */
const KIT = 'kit' as ServiceName;

export class CreateGreetings1796700000000 implements MigrationInterface {
  name = 'CreateGreetings1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE greetings (language text PRIMARY KEY, text text NOT NULL)');
    await q.query(`INSERT INTO greetings VALUES ('fr', 'Bonjour'), ('en', 'Hello')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE greetings');
  }
}

@Public()
@Controller('api/v1/greetings')
export class GreetingsController {
  constructor(private readonly dataSource: DataSource) {}

  /** Read from the table the migration made: answers only if `migrate` ran. */
  @Get()
  async list(): Promise<{ language: string; text: string }[]> {
    return this.dataSource.query('SELECT language, text FROM greetings ORDER BY language');
  }
}

class KitConfig extends ServiceConfig {
  override PORT = 3099;
}

const loadKitConfig = () => loadConfig(KIT, KitConfig);

@Module({
  imports: [
    PlatformModule.forService({
      service: KIT,
      config: loadKitConfig,
      entities: [],
      migrations: [CreateGreetings1796700000000],
      // It publishes nothing, so it has no topics to create and no outbox to relay.
      messaging: { relay: { ...DEFAULT_MESSAGING_OPTIONS.relay, enabled: false } },
    }),
  ],
  controllers: [GreetingsController],
})
export class KitModule {}

export const KIT_SERVICE: ServiceDefinition = {
  service: KIT,
  module: KitModule,
  title: 'Relais — kit',
  description: 'A throw-away service that proves the kit. / Un service jetable qui éprouve le kit.',
  entities: [],
  migrations: [CreateGreetings1796700000000],
};

/** main.ts's entry, once telemetry has started: serve, migrate or openapi <file>. */
export const main = (args: string[]): void => serviceMain(KIT_SERVICE, args);
