/**
 * The benchmark's load: a separate process writing one event per transaction through the real
 * Outbox at a constant rate, so the process under test (relay and consumer) does not also pay for
 * producing the load. Arguments: databaseUrl rate seconds keys. Prints the achieved rate.
 */
import 'reflect-metadata';
import { ReferralCreated, uuidv7 } from '@relais/contracts';
import { createServiceDataSource } from '@relais/persistence';
import { Outbox } from '../src';
import { referralCreated } from '../test/fixture';

async function main(): Promise<void> {
  const [url, rateArg, secondsArg, keysArg] = process.argv.slice(2);
  const rate = Number(rateArg);
  const total = Math.round(rate * Number(secondsArg));
  const keys = Array.from({ length: Number(keysArg) }, () => uuidv7());
  const ds = await createServiceDataSource({ url, schema: 'referral', entities: [], migrations: [], poolSize: 16 }).initialize();
  const outbox = new Outbox();
  const t0 = performance.now();
  const inflight = new Set<Promise<unknown>>();
  for (let i = 0; i < total; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const p = ds.transaction((m) => outbox.emit(m, ReferralCreated, referralCreated(keys[i % keys.length])));
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
    if (inflight.size >= 64) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  const seconds = (performance.now() - t0) / 1000;
  await ds.destroy();
  process.stdout.write(JSON.stringify({ written: total, perSecond: total / seconds }) + '\n');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
