import type { CSSProperties, ReactNode } from 'react';

// Mantine's "dimmed" grey is 4.1:1 on white; hints and descriptions here are read in sunlight on
// cheap screens, so they take the next shade (AA, 4.5:1 and above).
const READABLE = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' } as CSSProperties;

export function OfficerScreen({ children }: { children: ReactNode }) {
  return <div style={READABLE}>{children}</div>;
}
