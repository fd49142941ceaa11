import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { Link } from '../../../app/routing/router';
import { formatDateTime } from '../../../shared/format/format';
import { Empty, ErrorAlert, Page, StatusBadge } from '../../../shared/ui';
import type { IdentificationSummary } from '../api/intake';
import { label } from '../form/vocabulary';
import { useIdentifications } from './use-identifications';
import { VictimStatusList } from './VictimStatusList';
import { OfficerScreen } from '../OfficerScreen';

function IdentificationCard({ item }: { item: IdentificationSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Card withBorder padding="sm" component="li" data-testid="identification">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <Text fw={700} ff="monospace">{item.victimRef}</Text>
            {item.isMinor && <Badge color="blue" variant="light" styles={{ label: { textTransform: 'none' } }}>{t('officer.list.minor')}</Badge>}
            {item.status === 'personalDataErased' && <StatusBadge tone="neutral" label={t('officer.list.erased')} />}
          </Group>
          <Text size="sm">
            {formatDateTime(item.identifiedAt, lang)} · {label('regions', item.region, lang)}
            {item.cercle ? `, ${item.cercle}` : ''}
          </Text>
          <Text size="sm">{item.forms.map((f) => label('exploitationForms', f, lang)).join(', ')}</Text>
          <Text size="sm" c="dimmed">{label('assessments', item.assessment, lang)}</Text>
          {item.possibleDuplicateOf && <Text size="sm" c="orange.9">{t('officer.list.possibleDuplicate')}</Text>}
          <Group>
            <Button component={Link} href={`/officer/identifications/${item.id}/edit`} variant="light" size="xs" aria-label={t('officer.list.correctLabel', { ref: item.victimRef })}>
              {t('officer.list.correct')}
            </Button>
          </Group>
        </Stack>
        <VictimStatusList victimRef={item.victimRef} />
      </SimpleGrid>
    </Card>
  );
}

/** The unit's identifications (the region's for a supervisor), each with its referrals and cases. */
export default function IdentificationsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const query = useIdentifications();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const scope = user?.roles.includes('police_supervisor') ? t('officer.list.scopeRegion', { region: user.region ?? '' }) : t('officer.list.scopeUnit', { unit: user?.unitId ?? '' });
  return (
    <OfficerScreen>
      <Page title={t('officer.title.identifications')}>
        <Text size="sm" c="dimmed">{scope}</Text>
        {query.isLoading ? (
          <Loader aria-label={t('officer.loading')} />
        ) : query.isError ? (
          <ErrorAlert error={(query.error as { body?: unknown }).body ?? query.error} />
        ) : items.length === 0 ? (
          <Empty title={t('officer.list.empty')} />
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => <IdentificationCard key={item.id} item={item} />)}
          </Stack>
        )}
        {query.hasNextPage && (
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('officer.list.more')}
          </Button>
        )}
      </Page>
    </OfficerScreen>
  );
}
