/**
 * Loaded into each service process by `npm run bench` (NODE_OPTIONS=--require …/probe.js, only
 * when BENCH_PROBE_DIR is set). It counts what the process sends through the pg driver — every
 * query call is one statement and one round trip — and, on request, profiles the process's CPU.
 *
 * pg_stat_statements would count the same on the server side, but it needs
 * shared_preload_libraries, a server configuration change; counting in the driver needs nothing
 * from the server and attributes every statement to the service that sent it.
 *
 * The benchmark asks by writing a command to <dir>/<pid>.cmd and sending SIGWINCH; the answer is
 * written to <dir>/<pid>.out.json (atomically, by rename) with the command's sequence number.
 * SIGWINCH because Nest's shutdown hooks take SIGUSR2 (and the usual others) as "stop", and a
 * process without the probe ignores it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

export interface ProbeCounters {
  statements: number;
  transactions: number;
  rollbacks: number;
  savepoints: number;
  /** Statement text (whitespace collapsed, cut at 160 characters) → calls. */
  byText: Record<string, number>;
  /** Where the process waited since the previous read (reset at each read), in milliseconds. */
  waits: ProbeWaits;
}

export interface ProbeWaits {
  /** HTTP requests answered, and the time from the request's arrival to the end of its answer. */
  requests: number;
  requestP50: number;
  requestP99: number;
  /** Waits for a connection of the pg pool. */
  poolWaits: number;
  poolWaitTotal: number;
  poolWaitMax: number;
  /** Statements' round trips: sent until answered (Postgres' work and its lock waits included). */
  queryTotal: number;
  /** Event-loop delay: how late timers ran, as a measure of the thread being busy or blocked. */
  loopDelayP50: number;
  loopDelayP99: number;
  loopDelayMax: number;
}

export type ProbeRequest = { command: 'counters' } | { command: 'profile-start' } | { command: 'profile-stop'; file: string };
export type ProbeCommand = ProbeRequest & { seq: number };

const MAX_TEXTS = 2000;

function install(dir: string): void {
  const pg = require('pg') as typeof import('pg');
  const counters: Omit<ProbeCounters, 'waits'> = { statements: 0, transactions: 0, rollbacks: 0, savepoints: 0, byText: {} };
  const texts = new Map<string, number>();
  const waits = watchWaits(pg);
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = (typeof first === 'string' ? first : (first?.text ?? '')).replace(/\s+/g, ' ').trim().slice(0, 160);
    counters.statements += 1;
    const head = text.slice(0, 20).toUpperCase();
    if (head.startsWith('BEGIN') || head.startsWith('START TRANSACTION')) counters.transactions += 1;
    else if (head.startsWith('ROLLBACK') && !head.startsWith('ROLLBACK TO')) counters.rollbacks += 1;
    else if (head.startsWith('SAVEPOINT')) counters.savepoints += 1;
    if (texts.has(text) || texts.size < MAX_TEXTS) texts.set(text, (texts.get(text) ?? 0) + 1);
    const started = performance.now();
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    const answered = () => waits.queryAnswered(started);
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(answered, answered);
    return result;
  } as typeof original;

  let session: Session | undefined;
  const answer = (seq: number, body: object) => {
    const out = join(dir, `${process.pid}.out.json`);
    writeFileSync(`${out}.tmp`, JSON.stringify({ seq, ...body }));
    renameSync(`${out}.tmp`, out);
  };
  process.on('SIGWINCH', () => {
    let command: ProbeCommand;
    try {
      command = JSON.parse(readFileSync(join(dir, `${process.pid}.cmd`), 'utf8'));
    } catch {
      return;
    }
    if (command.command === 'counters') {
      answer(command.seq, { counters: { ...counters, byText: Object.fromEntries(texts), waits: waits.read() } });
    } else if (command.command === 'profile-start') {
      session = new Session();
      session.connect();
      session.post('Profiler.enable', () => session?.post('Profiler.start', () => answer(command.seq, { started: true })));
    } else if (command.command === 'profile-stop' && session) {
      const s = session;
      s.post('Profiler.stop', (error, result) => {
        if (!error) writeFileSync(command.file, JSON.stringify(result.profile));
        s.disconnect();
        session = undefined;
        answer(command.seq, { written: !error, error: error?.message });
      });
    }
  });
}

/**
 * Times what a request waits on inside the process: the pool, Postgres' answers (reported by the
 * statement counter, which already wraps every query), its own event loop. Beside the CPU figures
 * these say whether a slow answer is work or waiting, and where.
 */
function watchWaits(pg: typeof import('pg')): { read(): ProbeWaits; queryAnswered(started: number): void } {
  const http = require('node:http') as typeof import('node:http');
  let requests: number[] = [];
  let pool = { waits: 0, total: 0, max: 0 };
  let queryTotal = 0;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const started = performance.now();
      (args[1] as import('node:http').ServerResponse).once('finish', () => requests.push(performance.now() - started));
    }
    return (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;

  const connect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const done = () => {
      const ms = performance.now() - started;
      pool = { waits: pool.waits + 1, total: pool.total + ms, max: Math.max(pool.max, ms) };
    };
    const callback = args[0] as ((...r: unknown[]) => void) | undefined;
    if (typeof callback === 'function') {
      return (connect as (...a: unknown[]) => unknown).call(this, (...r: unknown[]) => {
        done();
        callback(...r);
      });
    }
    const result = (connect as (...a: unknown[]) => Promise<unknown>).call(this);
    result.then(done, done);
    return result;
  } as typeof connect;

  const queryAnswered = (started: number) => {
    queryTotal += performance.now() - started;
  };
  const read = () => {
    const sorted = requests.sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
    const waits: ProbeWaits = {
      requests: sorted.length,
      requestP50: at(0.5),
      requestP99: at(0.99),
      poolWaits: pool.waits,
      poolWaitTotal: pool.total,
      poolWaitMax: pool.max,
      queryTotal,
      loopDelayP50: loop.percentile(50) / 1e6,
      loopDelayP99: loop.percentile(99) / 1e6,
      loopDelayMax: loop.max / 1e6,
    };
    requests = [];
    pool = { waits: 0, total: 0, max: 0 };
    queryTotal = 0;
    loop.reset();
    return waits;
  };
  return { read, queryAnswered };
}

if (process.env.BENCH_PROBE_DIR) install(process.env.BENCH_PROBE_DIR);
