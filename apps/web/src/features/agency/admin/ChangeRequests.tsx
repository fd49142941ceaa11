import { Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/format';
import { shownError } from '../../../shared/api/http';
import { ErrorAlert, StatusBadge } from '../../../shared/ui';
import { label } from '../vocabulary';
import { type ChangeRequestView, newestFirst } from './change-requests';
import { useChangeRequests } from './use-admin';

const TONE = { pending: 'warning', approved: 'success', rejected: 'danger' } as const;

function Changes({ changes }: { changes: ChangeRequestView['changes'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regions = changes.regions?.map((r) => (r === 'national' ? t('agency.profile.national') : label('regions', r, lang))).join(', ');
  const services = changes.services?.map((s) => label('needs', s, lang)).join(', ');
  return (
    <>
      {regions && <Text size="sm">{t('agency.requests.regions', { list: regions })}</Text>}
      {services && <Text size="sm">{t('agency.requests.services', { list: services })}</Text>}
      {changes.accepts && <Text size="sm">{t('agency.requests.accepts')}</Text>}
    </>
  );
}

/** What the administrator asked the coordinator for: pending, approved or rejected, with dates and the coordinator's reason. */
export function ChangeRequests() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useChangeRequests();
  return (
    <Stack gap="sm" component="section" aria-labelledby="change-requests-title">
      <Title order={2} size="h4" id="change-requests-title">{t('agency.requests.title')}</Title>
      {query.isLoading ? <Loader aria-label={t('agency.loading')} /> : query.isError || !query.data ? <ErrorAlert error={shownError(query.error)} /> : query.data.length === 0 ? (
        <Text size="sm" c="dimmed">{t('agency.requests.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {newestFirst(query.data).map((r) => (
            <Card key={r.id} withBorder padding="sm" component="li" data-testid="change-request">
              <Stack gap={4}>
                <Group gap="xs" wrap="wrap">
                  <StatusBadge tone={TONE[r.status as keyof typeof TONE] ?? 'neutral'} label={t(`agency.requests.status.${r.status}`)} />
                  <Text size="sm" c="dimmed">{t('agency.requests.requestedAt', { date: formatDateTime(r.requestedAt, lang) })}</Text>
                </Group>
                <Changes changes={r.changes} />
                {r.decidedAt && <Text size="sm">{t(`agency.requests.decidedAt.${r.status}`, { date: formatDateTime(r.decidedAt, lang) })}</Text>}
                {r.reason && <Text size="sm">{t('agency.requests.reason', { reason: r.reason })}</Text>}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
