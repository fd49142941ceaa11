import { Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/format';
import { Empty, ErrorAlert, Page, StatusBadge } from '../../../shared/ui';
import { shownError } from '../../../shared/api/http';
import type { NotificationView } from '../api/notifications';
import { useMarkRead, useNotifications } from '../inbox/use-inbox';

function NotificationCard({ item }: { item: NotificationView }) {
  const { t, i18n } = useTranslation();
  const mark = useMarkRead();
  return (
    <Card withBorder padding="sm" component="li" data-testid="notification" data-read={item.read} bg={item.read ? undefined : 'blue.0'}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={item.read ? 400 : 700}>{item.title}</Text>
          {!item.read && <StatusBadge tone="info" label={t('agency.notifications.unread')} />}
        </Group>
        <Text size="sm">{item.body}</Text>
        <Text size="xs" c="dimmed">{formatDateTime(item.occurredAt, i18n.language)}</Text>
        {!item.read && (
          <Group>
            <Button size="xs" variant="light" loading={mark.isPending} onClick={() => mark.mutate(item.id)} aria-label={t('agency.notifications.markReadLabel', { title: item.title })}>
              {t('agency.notifications.markRead')}
            </Button>
          </Group>
        )}
        {mark.isError && <ErrorAlert error={shownError(mark.error)} />}
      </Stack>
    </Card>
  );
}

/** The agency's in-app notifications (texts rendered by the service in the caller's language). */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const query = useNotifications();
  const items = query.data?.items ?? [];
  return (
    <Page title={t('agency.title.notifications')}>
      <Text size="sm" c="dimmed" role="status" data-testid="unread-count">
        {t('agency.notifications.count', { count: query.data?.unreadCount ?? 0 })}
      </Text>
      {query.isLoading ? (
        <Loader aria-label={t('agency.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={shownError(query.error)} />
      ) : items.length === 0 ? (
        <Empty title={t('agency.notifications.empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((n) => <NotificationCard key={n.id} item={n} />)}
        </Stack>
      )}
    </Page>
  );
}
