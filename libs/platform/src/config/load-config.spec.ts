import { IsOptional, IsString, Matches } from 'class-validator';
import { SERVICE_PORTS } from '@relais/contracts';
import { ConfigurationError, loadConfig } from './load-config';
import { ServiceConfig } from './service-config';

class ExampleConfig extends ServiceConfig {
  @Matches(/^[0-9a-f]{64}$/)
  SIGNING_SECRET_KEY = '0'.repeat(64);

  @IsOptional()
  @IsString()
  SMTP_URL?: string;
}

describe('loadConfig', () => {
  it('uses the local defaults when nothing is set', () => {
    const config = loadConfig('intake', ExampleConfig, { PORT: 3001 }, {});
    expect(config.PORT).toBe(3001);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/relais');
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
    expect(config.MIGRATE_ON_START).toBe(true);
  });

  it('gives a listed service its port from SERVICE_PORTS, so its settings class need not repeat it', () => {
    expect(loadConfig('prosecution', ServiceConfig, {}, {}).PORT).toBe(SERVICE_PORTS.prosecution);
    expect(loadConfig('prosecution', ServiceConfig, {}, { PORT: '4003' }).PORT).toBe(4003);
    expect(() => loadConfig('not-listed', ServiceConfig, {}, {})).toThrow(/PORT/);
  });

  it('reads and converts the environment, optional settings included', () => {
    const config = loadConfig('intake', ExampleConfig, { PORT: 3001 }, {
      PORT: '4001', MIGRATE_ON_START: 'false', KAFKA_BROKERS: '10.0.0.1:9092,10.0.0.2:9092', SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    expect(config).toMatchObject({ PORT: 4001, MIGRATE_ON_START: false, SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(config.kafkaBrokers).toHaveLength(2);
  });

  it('lists every problem at once, without echoing secrets', () => {
    let error: ConfigurationError | undefined;
    try {
      loadConfig('intake', ExampleConfig, { PORT: 3001 }, {
        PORT: 'eighty', KAFKA_BROKERS: '127.0.0.1', LOG_LEVEL: 'loud', SIGNING_SECRET_KEY: 'hunter2',
        DATABASE_URL: 'mysql://admin:pw@db/relais',
      });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'KAFKA_BROKERS', 'LOG_LEVEL', 'PORT', 'SIGNING_SECRET_KEY']);
    expect(error!.message).not.toContain('hunter2');
    expect(error!.message).not.toContain(':pw@');
  });
});
