/**
 * Rewrites `import { Button, Stack } from '@mantine/core'` into one import per defining module
 * (`…/esm/components/Button/Button.mjs`), for the production build only.
 *
 * Why: through the package's barrel (esm/index.mjs) Rolldown sees one module that every chunk
 * imports, so it places every component any lazy screen uses in the first chunk, which the
 * officer's form then downloads before it is usable (apps/web/README.md, "Budget"). Imported
 * from the modules that define them, components go to the chunks of the screens that use them.
 * Pure text work on the barrel's own `import … from "./…"` lines: no dependency on Mantine's
 * internal layout beyond what its published index says.
 */

/** Where an exported name is defined: the module's absolute path and its name there. */
export interface Origin {
  file: string;
  name: string;
}

const BARREL_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*"(\.\/[^"]+)";?$/gm;
const BARREL_EXPORT = /^export\s*\{([^}]*)\};?$/m;

function specifiers(list: string): { imported: string; local: string; type: boolean }[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const type = s.startsWith('type ');
      const [imported, local = imported] = s.replace(/^type\s+/, '').split(/\s+as\s+/);
      return { imported: imported.trim(), local: local.trim(), type };
    });
}

/** Reads a barrel (`import { a, b as c } from "./x.mjs"` lines, then one `export { … }`). */
export function barrelIndex(barrelSource: string, barrelDir: string): Map<string, Origin> {
  const local = new Map<string, Origin>();
  for (const [, list, path] of barrelSource.matchAll(BARREL_IMPORT)) {
    const file = `${barrelDir.replace(/\/$/, '')}/${path.slice(2)}`;
    for (const s of specifiers(list)) local.set(s.local, { file, name: s.imported });
  }
  const exported = new Map<string, Origin>();
  const list = BARREL_EXPORT.exec(barrelSource)?.[1] ?? '';
  for (const s of specifiers(list)) {
    const origin = local.get(s.imported);
    if (origin) exported.set(s.local, origin);
  }
  return exported;
}

function importStatement(parts: string[], from: string): string {
  return `import { ${parts.join(', ')} } from ${JSON.stringify(from)};`;
}

/**
 * The code with each value import from `pkg` pointed at its defining module; type-only names and
 * names the index does not know stay on the package. Null when there is nothing to rewrite.
 */
export function rewriteImports(code: string, pkg: string, index: ReadonlyMap<string, Origin>): string | null {
  const escaped = pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const statement = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*(['"])${escaped}\\2;?`, 'g');
  let changed = false;
  const result = code.replace(statement, (whole, list: string) => {
    const byFile = new Map<string, string[]>();
    const kept: string[] = [];
    for (const s of specifiers(list)) {
      const origin = s.type ? undefined : index.get(s.imported);
      if (!origin) {
        kept.push(`${s.type ? 'type ' : ''}${s.imported === s.local ? s.imported : `${s.imported} as ${s.local}`}`);
        continue;
      }
      const names = byFile.get(origin.file) ?? [];
      names.push(origin.name === s.local ? s.local : `${origin.name} as ${s.local}`);
      byFile.set(origin.file, names);
    }
    if (!byFile.size) return whole;
    changed = true;
    const lines = [...byFile].map(([file, names]) => importStatement(names, file));
    if (kept.length) lines.push(importStatement(kept, pkg));
    return lines.join(' ');
  });
  return changed ? result : null;
}
