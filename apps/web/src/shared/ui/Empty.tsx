import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

/** Nothing to show yet, and what to do about it. */
export function Empty({ title, description, action }: { title: string; description?: string; action?: ReactNode }) {
  return (
    <EmptyState title={title} description={description} align="center" py="xl">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
