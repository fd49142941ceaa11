import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

/**
 * CPU seconds used so far and memory of a process, from /proc. Memory is the proportional set
 * size (PSS): shared pages (Postgres' shared buffers, say) are split between the processes sharing
 * them, so summing over processes does not count them several times.
 */
export function processStats(pid: number): { cpuSeconds: number; rssBytes: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS;
    const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return { cpuSeconds, rssBytes: Number(pss?.[1] ?? 0) * 1024 };
  } catch {
    return undefined;
  }
}

export function pidsOf(pattern: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The process listening on a TCP port (the benchmark's broker, when several run on this machine). */
export function pidListeningOn(port: number): number[] {
  try {
    const out = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
    return [...new Set([...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1])))];
  } catch {
    return [];
  }
}

/** Summed over several processes (Postgres runs one per connection). */
export function groupStats(pids: number[]): { cpuSeconds: number; rssBytes: number } {
  return pids.map(processStats).reduce<{ cpuSeconds: number; rssBytes: number }>(
    (sum, s) => (s ? { cpuSeconds: sum.cpuSeconds + s.cpuSeconds, rssBytes: sum.rssBytes + s.rssBytes } : sum),
    { cpuSeconds: 0, rssBytes: 0 },
  );
}
