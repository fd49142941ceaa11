import { Alert, Card, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { Link } from '../../../app/routing/router';
import { formatDateTime } from '../../../shared/format/format';
import { CursorPager, Empty, ErrorAlert, Page, StatusBadge, useCursorPages } from '../../../shared/ui';
import { label } from '../../officer/form/vocabulary';
import { type Escalation, listEscalations } from '../api/referral';
import { RerouteForm } from './RerouteForm';
import { ResolveForm } from './ResolveForm';

const CAUSE_TONE = { deadlineMissed: 'warning', noCandidate: 'danger', declined: 'danger' } as const;

function EscalationCard({ item }: { item: Escalation }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [rerouted, setRerouted] = useState<string | null>(null);
  const [resolved, setResolved] = useState<Escalation | null>(null);
  const lang = i18n.language;
  const resolution = (resolved ?? item).resolution;
  return (
    <Card withBorder padding="sm" component="li" data-testid="escalation">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700}>{label('needs', item.need, lang)}</Text>
          {item.urgent && <StatusBadge tone="danger" label={t('coordination.urgent')} />}
          <StatusBadge tone={CAUSE_TONE[item.cause]} label={t(`coordination.cause.${item.cause}`)} />
        </Group>
        <Text size="sm">
          <Link href={`/coordination/timeline/${item.victimRef}`} aria-label={t('coordination.escalations.timelineOf', { ref: item.victimRef })}>
            <Text span ff="monospace">{item.victimRef}</Text>
          </Link>
          {' · '}{label('regions', item.region, lang)}{item.reference ? ` · ${item.reference}` : ''}{item.agencyId ? ` · ${item.agencyId}` : ''}
        </Text>
        <Text size="sm" c="dimmed">{t('coordination.escalations.at', { date: formatDateTime(item.escalatedAt, lang) })}</Text>
        {resolution ? (
          <Alert color="gray" variant="light" data-testid="resolved" role="status">
            <Text size="sm">{t('coordination.escalations.resolved', { date: formatDateTime(resolution.resolvedAt, lang), reason: t(`coordination.resolution.${resolution.code}`) })}</Text>
            {resolution.note && <Text size="sm" c="dimmed">{resolution.note}</Text>}
          </Alert>
        ) : item.reroutedTo || rerouted ? (
          <Alert color="green" variant="light" data-testid="rerouted">{t('coordination.escalations.rerouted', { ref: rerouted ?? item.reroutedTo })}</Alert>
        ) : (
          <>
            <RerouteForm escalation={item} onDone={(reference) => { setRerouted(reference); void client.invalidateQueries({ queryKey: ['coordination'] }); }} />
            <Divider label={t('coordination.escalations.or')} labelPosition="left" />
            <ResolveForm escalation={item} onDone={(done) => { setResolved(done); void client.invalidateQueries({ queryKey: ['coordination'] }); }} />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Needs put before the coordinator (deadline missed, declined, nobody found), newest first: re-route or resolve each. */
export default function EscalationsPage() {
  const { t } = useTranslation();
  const { user, accessToken } = useAuth();
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const query = useQuery({ queryKey: ['coordination', 'escalations', user?.sub, cursor], queryFn: async () => listEscalations(await accessToken(), cursor), enabled: user !== null });
  const data = query.data;
  return (
    <Page title={t('coordination.title.escalations')}>
      {query.isLoading ? <Loader aria-label={t('coordination.loading')} /> : query.isError || !data ? <ErrorAlert error={(query.error as { body?: unknown } | null)?.body ?? query.error} /> : data.items.length === 0 ? (
        <Empty title={t('coordination.escalations.empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.items.map((item) => <EscalationCard key={item.id} item={item} />)}
        </Stack>
      )}
      {data && <CursorPager pages={pages} nextCursor={data.nextCursor} labels={{ previous: t('coordination.previous'), next: t('coordination.next'), page: t('coordination.page', { page: pages.page }) }} />}
    </Page>
  );
}
