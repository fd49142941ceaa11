import { Alert, Button, Card, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { Link } from '../../../app/routing/router';
import { formatDateTime } from '../../../shared/format/format';
import { Empty, ErrorAlert, Page, StatusBadge } from '../../../shared/ui';
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
  // The cursors of the pages seen so far, the first page's being none: Previous goes back one.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const query = useQuery({ queryKey: ['coordination', 'escalations', user?.sub, cursor], queryFn: async () => listEscalations(await accessToken(), cursor), enabled: user !== null });
  const data = query.data;
  const nextCursor = data?.nextCursor;
  return (
    <Page title={t('coordination.title.escalations')}>
      {query.isLoading ? <Loader aria-label={t('coordination.loading')} /> : query.isError || !data ? <ErrorAlert error={(query.error as { body?: unknown } | null)?.body ?? query.error} /> : data.items.length === 0 ? (
        <Empty title={t('coordination.escalations.empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.items.map((item) => <EscalationCard key={item.id} item={item} />)}
        </Stack>
      )}
      {data && (cursors.length > 1 || nextCursor) && (
        <Group>
          <Button variant="default" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>{t('coordination.previous')}</Button>
          <Text size="sm">{t('coordination.page', { page: cursors.length })}</Text>
          <Button variant="default" disabled={!nextCursor} onClick={() => setCursors([...cursors, nextCursor])}>{t('coordination.next')}</Button>
        </Group>
      )}
    </Page>
  );
}
