import { Badge } from '@mantine/core';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const COLOURS: Record<Tone, string> = { neutral: 'gray', info: 'blue', success: 'green', warning: 'orange', danger: 'red' };

/**
 * A state in a word. The word is in the body's text colour and the tone in a dot beside it: colour
 * is never the only cue, and light tints of orange or green under white-ish text fail AA contrast.
 */
export function StatusBadge({ tone, label }: { tone: Tone; label: string }) {
  return (
    <Badge color={COLOURS[tone]} variant="dot" radius="sm" size="md" styles={{ label: { textTransform: 'none', color: 'var(--mantine-color-text)' } }}>
      {label}
    </Badge>
  );
}
