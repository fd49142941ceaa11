import { describe, expect, it } from 'vitest';
import { barrelIndex, rewriteImports } from './deep-imports.mts';

const barrel = [
  'import { keys } from "./core/utils/keys/keys.mjs";',
  'import { Button } from "./components/Button/Button.mjs";',
  'import { Stack } from "./components/Stack/Stack.mjs";',
  'import { transitions } from "./components/Transition/transitions.mjs";',
  'import { Hidden } from "./components/Hidden/Hidden.mjs";',
  'export { Button, transitions as MANTINE_TRANSITIONS, Stack, keys };',
].join('\n');
const index = barrelIndex(barrel, '/nm/@mantine/core/esm/');

describe('deep imports of a barrel', () => {
  it('knows where each exported name is defined, under its name there', () => {
    expect(index.get('Button')).toEqual({ file: '/nm/@mantine/core/esm/components/Button/Button.mjs', name: 'Button' });
    expect(index.get('MANTINE_TRANSITIONS')).toEqual({ file: '/nm/@mantine/core/esm/components/Transition/transitions.mjs', name: 'transitions' });
    expect(index.has('Hidden')).toBe(false); // imported by the barrel but not exported
  });

  it('points each value import at its module, keeping aliases, types and unknown names on the package', () => {
    const code = `import { type MantineTheme, Button, Stack as Column, MANTINE_TRANSITIONS, Unknown } from '@mantine/core';\nconst x = 1;`;
    expect(rewriteImports(code, '@mantine/core', index)).toBe(
      [
        'import { Button } from "/nm/@mantine/core/esm/components/Button/Button.mjs";',
        'import { Stack as Column } from "/nm/@mantine/core/esm/components/Stack/Stack.mjs";',
        'import { transitions as MANTINE_TRANSITIONS } from "/nm/@mantine/core/esm/components/Transition/transitions.mjs";',
        'import { type MantineTheme, Unknown } from "@mantine/core";',
      ].join(' ') + '\nconst x = 1;',
    );
  });

  it('rewrites multi-line imports and double quotes, and leaves other packages and type-only imports alone', () => {
    expect(rewriteImports('import {\n  Button,\n} from "@mantine/core"', '@mantine/core', index)).toBe(
      'import { Button } from "/nm/@mantine/core/esm/components/Button/Button.mjs";',
    );
    expect(rewriteImports(`import { Button } from '@mantine/core-extra';`, '@mantine/core', index)).toBeNull();
    expect(rewriteImports(`import type { Button } from '@mantine/core';`, '@mantine/core', index)).toBeNull();
  });
});
