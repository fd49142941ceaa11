import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The engineering guide shows code that the type-check compiles (issue #21: the guide showed
 * methods that did not exist). Each ```ts block of docs/ENGINEERING.md is preceded by
 * `<!-- snippet: name -->` and must equal the `// #region name` … `// #endregion` of a file in
 * docs/snippets/, which tsconfig.json includes; the guide names that file just above the block.
 */
const ROOT = join(__dirname, '../..');
const GUIDE = 'docs/ENGINEERING.md';
const SNIPPETS = 'docs/snippets';

interface Region {
  file: string;
  code: string;
}

interface Block {
  line: number;
  name: string | null;
  /** The guide's text just above the block, where it names the snippet's file. */
  before: string;
  code: string;
}

/** Strips the indentation common to every non-blank line, so a region inside a function reads flush left. */
function dedent(lines: string[]): string {
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export function regionsOf(file: string, text: string): Map<string, Region> {
  const regions = new Map<string, Region>();
  const lines = text.split('\n');
  let open: { name: string; start: number } | null = null;
  lines.forEach((line, i) => {
    const start = /^\s*\/\/ #region (\S+)\s*$/.exec(line);
    if (start) {
      if (open) throw new Error(`${file}:${i + 1}: region ${start[1]} opens inside ${open.name}`);
      open = { name: start[1], start: i + 1 };
    } else if (/^\s*\/\/ #endregion\s*$/.test(line)) {
      if (!open) throw new Error(`${file}:${i + 1}: #endregion without #region`);
      const current: { name: string; start: number } = open;
      if (regions.has(current.name)) throw new Error(`${file}: region ${current.name} is declared twice`);
      regions.set(current.name, { file, code: dedent(lines.slice(current.start, i)) });
      open = null;
    }
  });
  if (open) throw new Error(`${file}: region ${(open as { name: string }).name} is never closed`);
  return regions;
}

export function tsBlocksOf(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```/.test(lines[i])) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`${GUIDE}:${i + 1}: code block never closed`);
    if (/^```(ts|typescript)\s*$/.test(lines[i])) {
      const marker = /^<!-- snippet: (\S+) -->$/.exec(lines[i - 1] ?? '');
      blocks.push({ line: i + 1, name: marker?.[1] ?? null, before: lines.slice(Math.max(0, i - 4), i).join('\n'), code: lines.slice(i + 1, end).join('\n') });
    }
    i = end;
  }
  return blocks;
}

function allRegions(): Map<string, Region> {
  const all = new Map<string, Region>();
  for (const name of readdirSync(join(ROOT, SNIPPETS)).filter((f) => f.endsWith('.ts')).sort()) {
    const file = `${SNIPPETS}/${name}`;
    for (const [region, found] of regionsOf(file, readFileSync(join(ROOT, file), 'utf8'))) {
      const other = all.get(region);
      if (other) throw new Error(`region ${region} is in both ${other.file} and ${file}`);
      all.set(region, found);
    }
  }
  return all;
}

describe('docs/ENGINEERING.md shows only code that compiles', () => {
  const blocks = tsBlocksOf(readFileSync(join(ROOT, GUIDE), 'utf8'));
  const regions = allRegions();

  it('has TypeScript blocks, each marked with the snippet it shows', () => {
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.name === null).map((b) => `${GUIDE}:${b.line}`)).toEqual([]);
  });

  it.each(tsBlocksOf(readFileSync(join(ROOT, GUIDE), 'utf8')).filter((b) => b.name !== null).map((b) => [b.name!, b] as const))(
    'block %s equals its region and names its file',
    (name, block) => {
      const region = regions.get(name);
      expect({ name, file: region?.file ?? 'no docs/snippets file declares this region' }).toEqual({ name, file: expect.stringMatching(/^docs\/snippets\//) });
      expect(block.code).toBe(region!.code);
      expect(block.before).toContain(region!.file);
    },
  );

  it('shows every region of docs/snippets, so no snippet is kept that the guide dropped', () => {
    const shown = new Set(blocks.map((b) => b.name));
    expect([...regions.keys()].filter((name) => !shown.has(name))).toEqual([]);
  });
});

describe('the snippet reader', () => {
  it('reads an indented region flush left and refuses one left open', () => {
    const text = ['function f() {', '  // #region r', '  if (x) {', '    y();', '  }', '  // #endregion', '}'].join('\n');
    expect(regionsOf('f.ts', text).get('r')?.code).toBe('if (x) {\n  y();\n}');
    expect(() => regionsOf('g.ts', '// #region open\nx();')).toThrow('never closed');
  });

  it('finds a marked ts block and leaves other languages alone', () => {
    const md = ['text', '```', 'layout', '```', '(`docs/snippets/a.ts`)', '<!-- snippet: a -->', '```ts', 'const a = 1;', '```', '```ts', 'b();', '```'].join('\n');
    expect(tsBlocksOf(md).map((b) => [b.name, b.code])).toEqual([
      ['a', 'const a = 1;'],
      [null, 'b();'],
    ]);
  });
});
