import { Badge } from '@mantine/core';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const COLOURS: Record<Tone, string> = { neutral: 'gray', info: 'blue', success: 'green', warning: 'orange', danger: 'red' };

/** A state in a word; colour is never the only cue (the label says it), and contrast passes AA. */
export function StatusBadge({ tone, label }: { tone: Tone; label: string }) {
  return (
    <Badge color={COLOURS[tone]} variant="light" radius="sm" styles={{ label: { textTransform: 'none' } }}>
      {label}
    </Badge>
  );
}
