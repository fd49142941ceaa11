import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';
import { createInterface } from 'node:readline';

const COLOURS = [36, 33, 35, 32, 34, 31];

/** Starts a child whose output lines come out prefixed with its name (JSON logs made readable). */
export function startPrefixed(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions,
  index: number,
  onLine: (line: string) => void = () => undefined,
  echo = true,
): ChildProcess {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const tag = process.stdout.isTTY ? `\x1b[${COLOURS[index % COLOURS.length]}m[${name.padEnd(13)}]\x1b[0m` : `[${name.padEnd(13)}]`;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      const text = readable(line);
      onLine(text);
      if (echo) console.log(`${tag} ${text}`);
    });
  }
  return child;
}

/** A pino JSON line as `HH:MM:SS LEVEL message {extras}`; anything else unchanged. */
export function readable(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const { time, level, msg, service: _service, pid: _pid, hostname: _hostname, ...rest } = JSON.parse(line) as Record<string, unknown>;
    const clock = typeof time === 'string' ? time.slice(11, 19) : '';
    const extras = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
    return `${clock} ${String(level ?? '').toUpperCase().padEnd(5)} ${String(msg ?? '')}${extras}`;
  } catch {
    return line;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the child has exited. */
export function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
