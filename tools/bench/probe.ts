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

export interface ProbeCounters {
  statements: number;
  transactions: number;
  rollbacks: number;
  savepoints: number;
  /** Statement text (whitespace collapsed, cut at 160 characters) → calls. */
  byText: Record<string, number>;
}

export type ProbeRequest = { command: 'counters' } | { command: 'profile-start' } | { command: 'profile-stop'; file: string };
export type ProbeCommand = ProbeRequest & { seq: number };

const MAX_TEXTS = 2000;

function install(dir: string): void {
  const pg = require('pg') as typeof import('pg');
  const counters: ProbeCounters = { statements: 0, transactions: 0, rollbacks: 0, savepoints: 0, byText: {} };
  const texts = new Map<string, number>();
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
    return (original as (...a: unknown[]) => unknown).apply(this, args);
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
      answer(command.seq, { counters: { ...counters, byText: Object.fromEntries(texts) } });
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

if (process.env.BENCH_PROBE_DIR) install(process.env.BENCH_PROBE_DIR);
