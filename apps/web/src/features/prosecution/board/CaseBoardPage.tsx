import { Card, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { Link } from '../../../app/routing/router';
import { formatDateTime, formatNumber } from '../../../shared/format/format';
import { CursorPager, Empty, ErrorAlert, Page, useCursorPages } from '../../../shared/ui';
import { label } from '../../officer/form/vocabulary';
import type { CaseSummary, Stage } from '../api/prosecution';
import { STAGES } from '../api/stages';
import { StageBadge } from '../case/StageBadge';
import { useCases, useStageCounts } from './use-cases';

const PAGE = 20;

function CaseRow({ item }: { item: CaseSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="sm" component="li" data-testid="case-row">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Link href={`/prosecution/cases/${item.id}`} aria-label={t('prosecution.board.open', { ref: item.reference })}>
            <Text fw={700} ff="monospace" component="span">{item.reference}</Text>
          </Link>
          <Text size="sm">{label('regions', item.region, i18n.language)}{item.cercle ? `, ${item.cercle}` : ''} · {item.victimRefs.join(', ')}</Text>
          <Text size="sm" c="dimmed">{t('prosecution.board.since', { date: formatDateTime(item.stageChangedAt, i18n.language) })}</Text>
        </Stack>
        <StageBadge stage={item.stage} />
      </Group>
    </Card>
  );
}

/** The office's cases by stage, with each stage's count, 20 a page; filters by region and opening dates. */
export default function CaseBoardPage() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const [stage, setStage] = useState<Stage>('reportReceived');
  const [region, setRegion] = useState('');
  const [openedFrom, setOpenedFrom] = useState('');
  const [openedTo, setOpenedTo] = useState('');
  // Any change of stage or filter starts the list again from its first page.
  const pages = useCursorPages();
  const filters = { region: region || undefined, openedFrom: openedFrom || undefined, openedTo: openedTo || undefined };
  const counts = useStageCounts(filters);
  const cases = useCases({ ...filters, stage, limit: PAGE, cursor: pages.cursor });
  const regions = ['mopti', 'kayes', 'koulikoro', 'sikasso', 'segou', 'tombouctou', 'gao', 'kidal', 'taoudenit', 'menaka', 'bamako'];
  return (
    <Page title={t('prosecution.title.board')}>
      <Text size="sm" c="dimmed">{user?.roles.includes('coordinator') ? t('prosecution.board.scopeAll') : t('prosecution.board.scopeOffice')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <NativeSelect label={t('prosecution.board.region')} value={region} onChange={(e) => { setRegion(e.currentTarget.value); pages.reset(); }}
          data={[{ value: '', label: t('prosecution.board.allRegions') }, ...regions.map((r) => ({ value: r, label: label('regions', r, i18n.language) }))]} />
        <TextInput type="date" label={t('prosecution.board.openedFrom')} value={openedFrom} onChange={(e) => { setOpenedFrom(e.currentTarget.value); pages.reset(); }} />
        <TextInput type="date" label={t('prosecution.board.openedTo')} value={openedTo} onChange={(e) => { setOpenedTo(e.currentTarget.value); pages.reset(); }} />
      </SimpleGrid>
      <nav aria-label={t('prosecution.board.stages')}>
        <Group gap="xs" wrap="wrap" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {STAGES.map((s) => (
            <li key={s}>
              <UnstyledButton onClick={() => { setStage(s); pages.reset(); }} aria-pressed={s === stage} data-testid={`stage-${s}`}
                px="sm" py={6} style={{ border: '1px solid var(--mantine-color-gray-5)', borderRadius: 6, background: s === stage ? 'var(--mantine-color-blue-9)' : undefined, color: s === stage ? 'white' : undefined }}>
                {t(`prosecution.stage.${s}`)} ({counts.data ? formatNumber(counts.data[s], i18n.language) : '…'})
              </UnstyledButton>
            </li>
          ))}
        </Group>
      </nav>
      <Text component="h2" fw={700} size="lg">{t(`prosecution.stage.${stage}`)}</Text>
      {cases.isLoading ? (
        <Loader aria-label={t('prosecution.loading')} />
      ) : cases.isError ? (
        <ErrorAlert error={(cases.error as { body?: unknown }).body ?? cases.error} />
      ) : !cases.data || cases.data.items.length === 0 ? (
        <Empty title={t('prosecution.board.empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {cases.data.items.map((item) => <CaseRow key={item.id} item={item} />)}
        </Stack>
      )}
      {cases.data && (
        <CursorPager pages={pages} nextCursor={cases.data.nextCursor}
          labels={{ previous: t('prosecution.board.previous'), next: t('prosecution.board.next'), page: t('prosecution.board.page', { page: pages.page }) }} />
      )}
    </Page>
  );
}
