import { EntityManager, QueryRunner } from 'typeorm';
import { closeRun, discardRun, finishRun, flushRun, openRun, RunBuffer } from './run-buffer';

// Pure bookkeeping: the real inserts, savepoints and commits are proven by messaging's integration tests.
function runner(): QueryRunner {
  const r = {} as QueryRunner & { manager: EntityManager };
  r.manager = { queryRunner: r } as unknown as EntityManager;
  return r;
}

function recording<T>() {
  const writes: T[][] = [];
  const buffer = new RunBuffer<T>(async (_manager, rows) => void writes.push(rows));
  return { writes, buffer };
}

describe('RunBuffer', () => {
  it('writes at once outside an open run', async () => {
    const { writes, buffer } = recording<string>();
    const r = runner();
    await buffer.add(r.manager, 'a');
    await buffer.add({} as EntityManager, 'b');
    expect(writes).toEqual([['a'], ['b']]);
  });

  it("holds a run's rows and writes each kind in one call, in the order they were added", async () => {
    const audit = recording<string>();
    const outbox = recording<number>();
    const r = runner();
    openRun(r);
    await audit.buffer.add(r.manager, 'a');
    await outbox.buffer.add(r.manager, 1);
    await audit.buffer.add(r.manager, 'b');
    expect(audit.writes).toEqual([]);
    await flushRun(r);
    expect(audit.writes).toEqual([['a', 'b']]);
    expect(outbox.writes).toEqual([[1]]);
    await flushRun(r);
    expect(audit.writes).toHaveLength(1);
  });

  it('forgets what a discard drops, and writes at once once the run is closed', async () => {
    const { writes, buffer } = recording<string>();
    const r = runner();
    openRun(r);
    await buffer.add(r.manager, 'rolled back');
    discardRun(r);
    await buffer.add(r.manager, 'kept');
    await flushRun(r);
    closeRun(r);
    await buffer.add(r.manager, 'late');
    expect(writes).toEqual([['kept'], ['late']]);
  });

  it('keeps runs apart', async () => {
    const { writes, buffer } = recording<string>();
    const [one, two] = [runner(), runner()];
    openRun(one);
    openRun(two);
    await buffer.add(one.manager, 'one');
    await buffer.add(two.manager, 'two');
    await flushRun(two);
    expect(writes).toEqual([['two']]);
    await flushRun(one);
    expect(writes).toEqual([['two'], ['one']]);
  });

  it('finishing a run writes rows that arrive while the last ones are being written, then writes at once', async () => {
    const writes: string[][] = [];
    const r = runner();
    let late: Promise<void> | undefined;
    const buffer: RunBuffer<string> = new RunBuffer<string>(async (_manager, rows) => {
      writes.push(rows);
      // A handler that did not await its write adds a row while the flush is under way.
      if (rows[0] === 'a') late = buffer.add(r.manager, 'late');
      await Promise.resolve();
    });
    openRun(r);
    await buffer.add(r.manager, 'a');
    await finishRun(r);
    await late;
    await buffer.add(r.manager, 'after');
    expect(writes).toEqual([['a'], ['late'], ['after']]);
  });
});
