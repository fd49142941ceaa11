import { useMemo } from 'react';
import { type DashboardsAnswer, dashboardsUrl, type Source, useJson } from '../api';
import { DashboardView } from '../Dashboard';
import type { Language, Translate } from '../types';
import { publicFilter } from './period';

const THRESHOLD = 5;

function day(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** /statistiques and /en/statistics: the published figures, for anyone, with no sign-in. */
export function PublicStatisticsPage({ language, t }: { language: Language; t: Translate }) {
  const source: Source = useMemo(() => ({ language }), [language]);
  const answer = useJson<DashboardsAnswer>(dashboardsUrl(source), source);
  const filter = useMemo(() => publicFilter(new Date()), []);
  // The SDG chart reads the year of `to`: on the public page, the last completed year.
  const sdgFilter = useMemo(() => ({ ...filter, to: `${filter.year}-12-31` }), [filter]);
  const updated = answer.state === 'ready' ? answer.data.updatedAt : null;

  return (
    <>
      <header className="pub-header">
        <a className="visually-hidden-focusable" href="#figures">{t('statistics.public.skip')}</a>
        <span className="pub-brand">Relais</span>
        <a className="stat-link" href={language === 'fr' ? '/en/statistics' : '/statistiques'} lang={language === 'fr' ? 'en' : 'fr'} hrefLang={language === 'fr' ? 'en' : 'fr'}>
          {t('statistics.public.otherLanguage')}
        </a>
      </header>
      <main className="pub-main" id="figures" tabIndex={-1}>
        <h1 id="page-title">{answer.state === 'ready' && answer.data.dashboards[0] ? answer.data.dashboards[0].title[language] : t('statistics.public.title')}</h1>
        <p>{t('statistics.public.intro')}</p>
        <p className="pub-meta">
          {t('statistics.public.period', { from: day(filter.from, language), to: day(filter.to, language) })}{' '}
          <span data-testid="updated">
            {answer.state === 'ready' &&
              (updated
                ? t('statistics.public.updated', { at: new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(updated)) + ' UTC' })
                : t('statistics.public.notUpdated'))}
          </span>
        </p>
        <aside className="pub-suppression" aria-labelledby="suppression-title">
          <h2 id="suppression-title">{t('statistics.public.suppressionTitle')}</h2>
          <p>{t('statistics.public.suppression', { max: THRESHOLD - 1, threshold: THRESHOLD })}</p>
        </aside>
        {answer.state === 'loading' && <p role="status">{t('statistics.loading')}</p>}
        {answer.state === 'error' && <p role="alert" className="stat-error">{t('statistics.error')}</p>}
        {answer.state === 'ready' &&
          answer.data.dashboards.map((d) => (
            <DashboardView
              key={d.id}
              dashboard={d}
              filter={filter}
              sdgFilter={sdgFilter}
              source={source}
              t={t}
            />
          ))}
      </main>
    </>
  );
}
