import { Alert, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/routing/router';
import type { OutboxItem } from '../../../offline/user-store';
import { formatDateTime } from '../../../shared/format/format';
import { StatusBadge, type Tone } from '../../../shared/ui';
import { ReceiptSteps } from './ReceiptSteps';

// Long French labels wrap on a 360 px screen instead of overflowing the card.
const WRAP = { label: { whiteSpace: 'normal' as const } };

const TONES: Record<OutboxItem['receipt']['state'], Tone> = { queued: 'neutral', sent: 'info', recorded: 'success', refused: 'danger', conflict: 'warning' };

type Body = Record<string, unknown>;
const field = (body: Body | undefined, path: string): string | undefined => {
  const value = path.split('.').reduce<unknown>((node, part) => (node as Body | undefined)?.[part], body);
  return typeof value === 'string' ? value : undefined;
};
const initial = (name: string | undefined) => (name ? `${name.trim().charAt(0).toUpperCase()}.` : '');

interface Props {
  item: OutboxItem<Body>;
  onSendAsNew: (item: OutboxItem<Body>) => void;
  onForget: (item: OutboxItem<Body>) => void;
}

/**
 * One identification's receipt. Only initials show who it is about: the outbox is often read on
 * a shared phone, over a shoulder.
 */
export function OutboxItemCard({ item, onSendAsNew, onForget }: Props) {
  const { t, i18n } = useTranslation();
  const { receipt, body } = item;
  const who = `${initial(field(body, 'person.givenNames'))} ${initial(field(body, 'person.familyName'))}`.trim();
  const identifiedAt = field(body, 'identifiedAt');
  return (
    <Card withBorder padding="sm" component="li" data-testid="outbox-item" data-id={item.id} data-state={receipt.state} data-victim-ref={receipt.victimRef}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>
            {receipt.victimRef ?? (who || t('outbox.unnamed'))}
            {identifiedAt && <Text span c="dimmed" fw={400} size="sm">{' · '}{formatDateTime(identifiedAt, i18n.language)}</Text>}
          </Text>
          <StatusBadge tone={TONES[receipt.state]} label={t(`outbox.state.${receipt.state}`)} />
        </Group>
        <ReceiptSteps receipt={receipt} />
        <Text size="xs" c="dimmed">
          {t('outbox.queuedAt', { at: formatDateTime(new Date(receipt.queuedAt).toISOString(), i18n.language) })}
          {receipt.recordedAt !== undefined && ` · ${t('outbox.recordedAt', { at: formatDateTime(new Date(receipt.recordedAt).toISOString(), i18n.language) })}`}
        </Text>
        {receipt.state === 'queued' && receipt.attempts > 0 && (
          <Text size="sm">{t(`outbox.failure.${receipt.lastFailure ?? 'server'}`, { count: receipt.attempts, at: formatDateTime(new Date(receipt.nextAttemptAt).toISOString(), i18n.language) })}</Text>
        )}
        {receipt.state === 'recorded' && (
          <>
            <Text size="sm">{t(receipt.replayed ? 'outbox.recordedReplay' : 'outbox.recordedText', { ref: receipt.victimRef })}</Text>
            {receipt.possibleDuplicateOf && (
              <Alert color="orange" variant="light" title={t('outbox.duplicateTitle')}>
                {t('outbox.duplicateText', { id: receipt.possibleDuplicateOf })}
              </Alert>
            )}
            <Group>
              <Button variant="subtle" size="xs" h="auto" py={6} styles={WRAP} onClick={() => onForget(item)}>{t('outbox.forget')}</Button>
            </Group>
          </>
        )}
        {receipt.state === 'refused' && (
          <Alert color="red" variant="light" title={t('outbox.refusedTitle')} role="alert">
            <Text size="sm">{t(`outbox.refusal.${receipt.code ?? 'other'}`, { defaultValue: t('outbox.refusal.other', { code: receipt.code }) })}</Text>
            {receipt.errors && receipt.errors.length > 0 && (
              <List size="sm" mt={4}>
                {receipt.errors.map((e) => <List.Item key={`${e.field}:${e.code}`}>{e.message}</List.Item>)}
              </List>
            )}
            <Button component={Link} href={`/officer/outbox/${item.id}`} size="xs" mt="xs" h="auto" py={6} styles={WRAP}>{t('outbox.correct')}</Button>
          </Alert>
        )}
        {receipt.state === 'conflict' && (
          <Alert color="orange" variant="light" title={t('outbox.conflictTitle')} role="alert">
            <Text size="sm">{t('outbox.conflictText')}</Text>
            <Group mt="xs">
              <Button size="xs" variant="light" h="auto" py={6} styles={WRAP} onClick={() => onSendAsNew(item)}>{t('outbox.sendAsNew')}</Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
