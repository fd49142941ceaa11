/**
 * The benchmark's load: a separate process writing events through the real Outbox at a constant
 * rate, so the process under test (relay and consumer) does not also pay for producing the load.
 * Events go `perTransaction` to a transaction, as a request or a consumer run emits several.
 * Arguments: databaseUrl rate seconds keys perTransaction. Prints the achieved rate.
 */
import 'reflect-metadata';
import { ReferralCreated, uuidv7 } from '@relais/contracts';
import { createServiceDataSource } from '@relais/persistence';
import { Outbox } from '../src';
import { referralCreated } from '../test/fixture';

async function main(): Promise<void> {
  const [url, rateArg, secondsArg, keysArg, perTransactionArg = '1'] = process.argv.slice(2);
  const perTransaction = Number(perTransactionArg);
  const transactionsPerSecond = Number(rateArg) / perTransaction;
  const transactions = Math.round(transactionsPerSecond * Number(secondsArg));
  const total = transactions * perTransaction;
  const keys = Array.from({ length: Number(keysArg) }, () => uuidv7());
  const ds = await createServiceDataSource({ url, schema: 'referral', entities: [], migrations: [], poolSize: 16 }).initialize();
  const outbox = new Outbox();
  const t0 = performance.now();
  const inflight = new Set<Promise<unknown>>();
  for (let i = 0; i < transactions; i++) {
    const wait = t0 + (i * 1000) / transactionsPerSecond - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const p = ds.transaction(async (m) => {
      for (let j = 0; j < perTransaction; j++) await outbox.emit(m, ReferralCreated, referralCreated(keys[(i * perTransaction + j) % keys.length]));
    });
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
