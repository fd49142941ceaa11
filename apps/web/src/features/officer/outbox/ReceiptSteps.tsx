import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../offline/receipt';

const STEPS = ['queued', 'sent', 'recorded'] as const;

/** queued → sent → recorded, with the step reached in words (not only colour). */
export function ReceiptSteps({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation();
  const reached = receipt.state === 'recorded' ? 2 : receipt.state === 'queued' ? 0 : 1;
  return (
    <Group gap={6} aria-label={t('outbox.stepsLabel', { state: t(`outbox.state.${receipt.state}`) })} wrap="nowrap">
      {STEPS.map((step, i) => (
        <Group key={step} gap={6} wrap="nowrap">
          {i > 0 && <Text size="xs" c="dimmed" aria-hidden>→</Text>}
          <Text size="xs" fw={i === reached ? 700 : 400} c={i <= reached ? undefined : 'dimmed'} td={i < reached ? undefined : undefined}>
            {i < reached ? '✓ ' : ''}
            {t(`outbox.step.${step}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
