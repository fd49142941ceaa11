import { Button, Card, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/routing/router';
import { formatDateTime } from '../../../shared/format/format';
import { Empty, ErrorAlert, Page } from '../../../shared/ui';
import { shownError } from '../../../shared/api/http';
import type { ReferralView } from '../api/referrals';
import { UnreadLink } from '../notifications/UnreadLink';
import { needsAction } from './actions';
import { byPressure } from './deadline';
import { DeadlineText } from './DeadlineText';
import { CoarseAttributes, ReferralStatus } from './ReferralSummary';
import { useInbox } from './use-inbox';

type Filter = 'todo' | 'accepted' | 'all';

const FILTERS: Record<Filter, (r: ReferralView) => boolean> = {
  todo: (r) => needsAction(r.status),
  accepted: (r) => r.status === 'accepted',
  all: () => true,
};

function ReferralCard({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="sm" component="li" data-testid="referral" data-status={referral.status} data-reference={referral.reference}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700} ff="monospace">{referral.reference}</Text>
          <ReferralStatus status={referral.status} />
        </Group>
        <CoarseAttributes referral={referral} />
        <Text size="sm" c="dimmed">
          {t('agency.inbox.received', { at: formatDateTime(referral.createdAt, i18n.language) })} · <span translate="no" style={{ whiteSpace: 'nowrap' }}>{referral.victimRef}</span>
        </Text>
        <DeadlineText referral={referral} />
        <Group>
          <Button component={Link} href={`/agency/referrals/${referral.id}`} size="xs" variant="light" aria-label={t('agency.inbox.openLabel', { ref: referral.reference })}>
            {t('agency.inbox.open')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The agency's referrals (the service scopes them to the caller's agency), most pressing first. */
export default function InboxPage() {
  const { t } = useTranslation();
  const query = useInbox();
  const [filter, setFilter] = useState<Filter>('todo');
  const all = query.data ?? [];
  const shown = byPressure(all.filter(FILTERS[filter]));
  return (
    <Page title={t('agency.title.inbox')} actions={<UnreadLink />}>
      <Text size="sm" c="dimmed">{t('agency.inbox.intro')}</Text>
      <SegmentedControl
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        aria-label={t('agency.inbox.filter')}
        data={(['todo', 'accepted', 'all'] as const).map((f) => ({ value: f, label: t(`agency.inbox.filters.${f}`, { count: all.filter(FILTERS[f]).length }) }))}
        fullWidth
      />
      {query.isLoading ? (
        <Loader aria-label={t('agency.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={shownError(query.error)} />
      ) : shown.length === 0 ? (
        <Empty title={t(`agency.inbox.empty.${filter}`)} />
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((r) => <ReferralCard key={r.id} referral={r} />)}
        </Stack>
      )}
    </Page>
  );
}
