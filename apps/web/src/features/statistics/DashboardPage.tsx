import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth/use-auth';
import { Page } from '../../shared/ui';
import { type DashboardsAnswer, dashboardsUrl, type Source, useJson } from './api';
import { DashboardView } from './Dashboard';
import { REGIONS } from './regions';
import type { Filter, Language, Translate } from './types';

const today = () => new Date().toISOString().slice(0, 10);

/** The signed-in dashboards (data files served by the statistics service), with period and region filters and an A4 print. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { accessToken, user } = useAuth();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const source: Source = useMemo(() => ({ token: accessToken, language }), [accessToken, language]);
  const answer = useJson<DashboardsAnswer>(dashboardsUrl(source), source);
  const [filter, setFilter] = useState<Filter>(() => ({ from: `${today().slice(0, 4)}-01-01`, to: today() }));
  const translate = t as unknown as Translate;
  const exact = user?.roles.some((r) => r === 'coordinator' || r === 'statistician');
  const dashboards = answer.state === 'ready' ? answer.data.dashboards.filter((d) => d.audience === 'signedIn') : [];
  // Protected views are published for completed years only: their yearly charts (SDG, headline,
  // GLOTIP) read the last completed year rather than fail on the current one.
  const yearlyFilter = useMemo(() => {
    const current = new Date().getUTCFullYear();
    return !exact && Number(filter.to.slice(0, 4)) >= current ? { ...filter, to: `${current - 1}-12-31` } : undefined;
  }, [exact, filter]);
  const set = (change: Partial<Filter>) => setFilter((f) => ({ ...f, ...change }));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(filter.from) && /^\d{4}-\d{2}-\d{2}$/.test(filter.to) && filter.from <= filter.to;

  return (
    <Page
      title={t('statistics.dashboard.title')}
      actions={
        <Group gap="xs" className="stat-noprint">
          <Button variant="default" onClick={() => window.print()}>{t('statistics.dashboard.print')}</Button>
          <Button component="a" variant="subtle" href={language === 'en' ? '/en/statistics' : '/statistiques'}>{t('statistics.dashboard.publicPage')}</Button>
        </Group>
      }
    >
      <Group className="stat-filters" align="flex-end" gap="sm" role="group" aria-label={t('statistics.dashboard.filters')}>
        <TextInput type="date" label={t('statistics.dashboard.from')} value={filter.from} max={filter.to} onChange={(e) => set({ from: e.currentTarget.value })} />
        <TextInput type="date" label={t('statistics.dashboard.to')} value={filter.to} min={filter.from} onChange={(e) => set({ to: e.currentTarget.value })} />
        <NativeSelect
          label={t('statistics.dashboard.region')}
          value={filter.region ?? ''}
          onChange={(e) => set({ region: e.currentTarget.value || undefined })}
          data={[{ value: '', label: t('statistics.dashboard.allRegions') }, ...REGIONS.map((r) => ({ value: r, label: t(`statistics.level.region.${r}`) }))]}
        />
      </Group>
      <Text size="sm">
        {exact ? t('statistics.dashboard.exact') : t('statistics.dashboard.protected')}{' '}
        {t('statistics.dashboard.sdgYear', { year: (yearlyFilter ?? filter).to.slice(0, 4) })}{' '}
        {answer.state === 'ready' && answer.data.updatedAt &&
          t('statistics.dashboard.updated', { at: new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(answer.data.updatedAt)) })}
      </Text>
      {!exact && user?.roles.includes('prosecutor') && user.jurisdiction && (
        // The service confines a prosecutor's prosecution figures to their office (token `jurisdiction`).
        <Text size="sm" data-testid="own-office">{t('statistics.dashboard.ownOffice', { office: user.jurisdiction })}</Text>
      )}
      {answer.state === 'loading' && <Text role="status">{t('statistics.loading')}</Text>}
      {answer.state === 'error' && <Text role="alert" c="red.8">{t('statistics.error')}</Text>}
      {valid && dashboards.map((d) => <DashboardView key={d.id} dashboard={d} filter={filter} sdgFilter={yearlyFilter} source={source} t={translate} />)}
    </Page>
  );
}
