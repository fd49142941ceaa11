import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The workspace root (the directory holding nx.json) at or above `start`, so a tool finds the
 * repository's files whatever directory it was run from. Kept free of workspace imports: tools
 * that need nothing else should not load Nest to learn where they are.
 */
export function repoRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No nx.json at or above ${start}`);
  }
}
