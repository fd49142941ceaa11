import { Badge, Card, Group, Loader, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { Empty, ErrorAlert, Page } from '../../../shared/ui';
import { label } from '../../officer/form/vocabulary';
import { listAgencies, pendingChangeRequests } from '../api/directory';
import { ChangeRequestCard } from './ChangeRequestCard';

const REGIONS = ['kayes', 'koulikoro', 'sikasso', 'segou', 'mopti', 'tombouctou', 'gao', 'kidal', 'taoudenit', 'menaka', 'nioro', 'kita', 'dioila', 'nara', 'bougouni', 'koutiala', 'san', 'douentza', 'bandiagara', 'bamako'];
const NEEDS = ['shelter', 'medical', 'psychosocial', 'legalAid', 'interpretation', 'familyTracing', 'repatriation', 'childProtection', 'basicNeeds', 'education', 'livelihood'];

/** The agency directory, and the routing-scope changes agencies asked for, waiting for approval. */
export default function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user, accessToken } = useAuth();
  const client = useQueryClient();
  const [region, setRegion] = useState('');
  const [need, setNeed] = useState('');
  const all = useQuery({ queryKey: ['coordination', 'directory', user?.sub], queryFn: async () => listAgencies(await accessToken(), {}), enabled: user !== null });
  const requests = useQuery({ queryKey: ['coordination', 'change-requests', user?.sub], queryFn: async () => pendingChangeRequests(await accessToken()), enabled: user !== null });
  const shown = (all.data ?? []).filter((a) => (!region || a.regions.includes(region as never) || a.regions.includes('national')) && (!need || a.services.includes(need as never)));
  const byId = new Map((all.data ?? []).map((a) => [a.id, a]));
  return (
    <Page title={t('coordination.title.directory')}>
      <Text component="h2" fw={700} size="lg" m={0}>{t('coordination.directory.requests')}</Text>
      {requests.isLoading ? <Loader aria-label={t('coordination.loading')} /> : requests.isError ? <ErrorAlert error={(requests.error as { body?: unknown }).body ?? requests.error} /> : !requests.data?.length ? (
        <Text size="sm">{t('coordination.directory.noRequest')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {requests.data.map((r) => <ChangeRequestCard key={r.id} request={r} agency={byId.get(r.agencyId)} onDecided={() => void client.invalidateQueries({ queryKey: ['coordination'] })} />)}
        </Stack>
      )}
      <Text component="h2" fw={700} size="lg" m={0}>{t('coordination.directory.agencies')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect label={t('coordination.preview.region')} value={region} onChange={(e) => setRegion(e.currentTarget.value)} data={[{ value: '', label: t('coordination.directory.allRegions') }, ...REGIONS.map((r) => ({ value: r, label: label('regions', r, lang) }))]} />
        <NativeSelect label={t('coordination.directory.service')} value={need} onChange={(e) => setNeed(e.currentTarget.value)} data={[{ value: '', label: t('coordination.directory.allServices') }, ...NEEDS.map((n) => ({ value: n, label: label('needs', n, lang) }))]} />
      </SimpleGrid>
      {all.isLoading ? <Loader aria-label={t('coordination.loading')} /> : all.isError ? <ErrorAlert error={(all.error as { body?: unknown }).body ?? all.error} /> : shown.length === 0 ? <Empty title={t('coordination.directory.none')} /> : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((a) => (
            <Card key={a.id} withBorder padding="xs" component="li" data-testid="agency">
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{a.name}</Text>
                {!a.active && <Badge color="gray" variant="light">{t('coordination.directory.inactive')}</Badge>}
                {a.demo && <Badge color="gray" variant="outline">{t('coordination.directory.demo')}</Badge>}
              </Group>
              <Text size="sm">{a.regions.map((r) => (r === 'national' ? t('coordination.directory.national') : label('regions', r, lang))).join(', ')} · {a.services.map((s) => label('needs', s, lang)).join(', ')}</Text>
              {a.capacity && <Text size="sm" c="dimmed">{t('coordination.directory.beds', { free: a.capacity.available, total: a.capacity.beds })}</Text>}
            </Card>
          ))}
        </Stack>
      )}
    </Page>
  );
}
