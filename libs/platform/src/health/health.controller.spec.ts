import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TerminusModule } from '@nestjs/terminus';
import { KAFKA } from '@relais/messaging';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { ROOT_LOGGER } from '../tokens';
import { HealthController } from './health.controller';

/** What an anonymous caller learns when a dependency is down: which one, not what the driver said. */
describe('HealthController readiness report', () => {
  let app: INestApplication;
  const logged: string[] = [];

  beforeAll(async () => {
    const failing = (message: string) => () => Promise.reject(new Error(message));
    const moduleRef = await Test.createTestingModule({
      imports: [TerminusModule],
      controllers: [HealthController],
      providers: [
        { provide: DataSource, useValue: { query: failing('password authentication failed for user "relais_intake" at 10.1.2.3:5432') } },
        { provide: KAFKA, useValue: { admin: () => ({ connect: failing('Connection error: connect ECONNREFUSED 10.1.2.4:9092'), disconnect: async () => undefined }) } },
        { provide: ROOT_LOGGER, useValue: pino({ level: 'warn' }, { write: (line: string) => void logged.push(line) }) },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
  });
  afterAll(() => app?.close());

  it('answers 503 with a bare reason per dependency and logs the details', async () => {
    const response = await fetch(`${await app.getUrl()}/health/ready`);
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(JSON.parse(text)).toMatchObject({ status: 'error', error: { database: { status: 'down', reason: 'unreachable' }, kafka: { status: 'down', reason: 'unreachable' } } });
    expect(text).not.toMatch(/10\.1\.2|relais_intake|ECONNREFUSED|password/);
    expect(logged.join('\n')).toMatch(/relais_intake/);
  });
});
