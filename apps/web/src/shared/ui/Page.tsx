import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Every screen's frame: one h1 (screen readers and the focus after navigation land on it). */
export function Page({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Title order={1} size="h2" id="page-title" tabIndex={-1}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
