import type { Translate } from './types';

type Catalogue = { [key: string]: string | Catalogue };

/**
 * i18next's lookup in a few lines, for the public page: dotted keys, `{{name}}` values, the key
 * itself when missing. The signed-in app passes i18next's own `t` to the same components.
 */
export function translator(catalogue: Catalogue): Translate {
  return (key, vars = {}) => {
    let node: string | Catalogue | undefined = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
