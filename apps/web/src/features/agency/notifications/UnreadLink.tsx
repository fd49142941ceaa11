import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/routing/router';
import { useNotifications } from '../inbox/use-inbox';

/** The agency's unread notifications, kept current by polling, as a link to the list. */
export function UnreadLink() {
  const { t } = useTranslation();
  const unread = useNotifications().data?.unreadCount ?? 0;
  return (
    <Button
      component={Link}
      href="/agency/notifications"
      variant="default"
      size="sm"
      data-testid="unread"
      data-count={unread}
      rightSection={unread > 0 ? <Badge color="red" variant="filled" circle>{unread}</Badge> : undefined}
      aria-label={t('agency.notifications.unreadLabel', { count: unread })}
    >
      {t('agency.notifications.link')}
    </Button>
  );
}
