import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProbeCounters, ProbeRequest } from './probe';

let seq = 0;

/** Sends a command to a service's probe (see probe.ts) and waits for its answer. */
export async function askProbe<T = Record<string, unknown>>(dir: string, pid: number, command: ProbeRequest, timeoutMs = 30_000): Promise<T> {
  const n = ++seq;
  writeFileSync(join(dir, `${pid}.cmd`), JSON.stringify({ ...command, seq: n }));
  process.kill(pid, 'SIGWINCH');
  const out = join(dir, `${pid}.out.json`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(out)) {
      const answer = JSON.parse(readFileSync(out, 'utf8'));
      if (answer.seq === n) return answer as T;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`probe of process ${pid} did not answer ${command.command} within ${timeoutMs} ms`);
}

export async function countersOf(dir: string, pid: number): Promise<ProbeCounters> {
  return (await askProbe<{ counters: ProbeCounters }>(dir, pid, { command: 'counters' })).counters;
}

export interface StatementDelta {
  statements: number;
  transactions: number;
  rollbacks: number;
  savepoints: number;
  /** The most frequent statement texts of the interval, with their calls. */
  top: { text: string; calls: number }[];
}

export function counterDelta(before: ProbeCounters | undefined, after: ProbeCounters, top = 12): StatementDelta {
  const texts = Object.entries(after.byText)
    .map(([text, calls]) => ({ text, calls: calls - (before?.byText[text] ?? 0) }))
    .filter((t) => t.calls > 0)
    .sort((a, b) => b.calls - a.calls)
    .slice(0, top);
  return {
    statements: after.statements - (before?.statements ?? 0),
    transactions: after.transactions - (before?.transactions ?? 0),
    rollbacks: after.rollbacks - (before?.rollbacks ?? 0),
    savepoints: after.savepoints - (before?.savepoints ?? 0),
    top: texts,
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileSummary {
  /** Samples where the process was busy: the percentages below are of these, idle time left out. */
  samples: number;
  idleSamples: number;
  /** Self time by function, highest first, in percent of all samples. */
  frames: { frame: string; percent: number }[];
  /** Self time by package (node_modules), Relais library or app, or V8/Node internals. */
  modules: { module: string; percent: number }[];
}

/** Where a V8 CPU profile spends its self time: the top functions and the top packages. */
export function summariseProfile(profile: { nodes: ProfileNode[] }, top = 30): ProfileSummary {
  const frames = new Map<string, number>();
  const modules = new Map<string, number>();
  let samples = 0;
  let idleSamples = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    // Waiting on I/O: on a loaded machine it dwarfs everything else and says nothing about cost.
    if (functionName === '(idle)') {
      idleSamples += hits;
      continue;
    }
    samples += hits;
    const where = shortUrl(url);
    const frame = where ? `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}` : functionName;
    frames.set(frame, (frames.get(frame) ?? 0) + hits);
    const module = moduleOf(url, functionName);
    modules.set(module, (modules.get(module) ?? 0) + hits);
  }
  const ranked = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, hits]) => ({ k, percent: Math.round((hits / Math.max(1, samples)) * 1000) / 10 }));
  return {
    samples,
    idleSamples,
    frames: ranked(frames).map(({ k, percent }) => ({ frame: k, percent })),
    modules: ranked(modules).map(({ k, percent }) => ({ module: k, percent })),
  };
}

function shortUrl(url: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + '/dist/'.length);
  return url.replace(/^file:\/\//, '');
}

function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const dist = /\/dist\/((apps|libs|tools)\/[^/]+)/.exec(url);
  if (dist) return dist[1];
  if (url.startsWith('node:')) return 'node (core)';
  return url;
}

export function profileMarkdown(service: string, rate: number, seconds: number, load: string, summary: ProfileSummary): string {
  return [
    `# CPU profile of ${service} under ${rate} identifications/s for ${seconds} s`,
    '',
    `${summary.samples} busy samples (1 ms each; ${summary.idleSamples} idle ones left out); load average at the start ${load}. Percent of busy time, self time (a function's callees are counted apart).`,
    '',
    '| module | self % |',
    '|---|---:|',
    ...summary.modules.map((m) => `| ${m.module} | ${m.percent} |`),
    '',
    '| function | self % |',
    '|---|---:|',
    ...summary.frames.map((f) => `| \`${f.frame.replace(/\|/g, '\\|')}\` | ${f.percent} |`),
    '',
  ].join('\n');
}
