/**
 * Deeper than any Relais body (an identification is six levels deep). Validation and
 * transformation recurse, so a body nested 50,000 levels overflows the stack: it is refused first.
 */
export const MAX_JSON_DEPTH = 32;

/** Walks without recursion, so the check itself cannot overflow. */
export function jsonDepthExceeds(value: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
  }
  return false;
}
