import { useMemo, useState } from 'react';
import { cellText, numberFormat } from '../../shared/charts/cells';
import { Chart } from '../../shared/charts/Chart';
import { chartUrl, downloadCsv, type Source, StatisticsError, type TableAnswer, useJson } from './api';
import { chartData, DERIVED } from './model';
import type { Filter, ServedChart, Translate } from './types';

interface Props {
  chart: ServedChart;
  filter: Filter;
  source: Source;
  t: Translate;
}

/** One chart, the table of the same figures beside it (for screen readers, keyboards and print), and its CSV. */
export function ChartCard({ chart, filter, source, t }: Props) {
  const { language } = source;
  const url = chartUrl(chart, filter, source);
  const answer = useJson<TableAnswer>(url, source);
  const [csvError, setCsvError] = useState(false);
  const title = chart.title[language];
  const headingId = `chart-${chart.id}`;
  const data = useMemo(
    () => (answer.state === 'ready' ? chartData(chart, answer.data.rows, filter, t, language, answer.data.coverage) : null),
    [answer, chart, filter, t, language],
  );
  const format = numberFormat(language);
  const csv = () => {
    setCsvError(false);
    downloadCsv(url, source).catch(() => setCsvError(true));
  };

  return (
    <section className="stat-card" aria-labelledby={headingId} data-chart={chart.id}>
      <h3 id={headingId}>{title}</h3>
      {chart.note && <p className="stat-note">{chart.note[language]}</p>}
      {filter.region && !chart.regional && <p className="stat-note">{t('statistics.notRegional')}</p>}
      {answer.state === 'loading' && <p role="status">{t('statistics.loading')}</p>}
      {answer.state === 'error' && (
        <p role="alert" className="stat-error">
          {answer.error instanceof StatisticsError && answer.error.serverMessage ? answer.error.serverMessage : t('statistics.error')}
        </p>
      )}
      {answer.state === 'ready' && data && (
        <>
          {answer.data.coverage?.snapped && (
            <p className="stat-note">{t('statistics.coverage', { from: answer.data.coverage.from, to: answer.data.coverage.to })}</p>
          )}
          {answer.data.disclosure.hiddenAll && <p className="stat-note">{t('statistics.hiddenAll')}</p>}
          <div className="stat-body">
            {data.categories.length === 0 ? (
              <p>{t('statistics.empty')}</p>
            ) : (
              <Chart kind={chart.kind} categories={data.categories.map((c) => c.label)} series={data.series} format={format} label={title} suppressedLegend={t('statistics.suppressedLegend')} integers={!chart.measures.some((m) => DERIVED.has(m))} />
            )}
            {data.categories.length > 0 && (
              // Focusable: a keyboard can scroll a long table.
              <div className="stat-table-wrap" tabIndex={0} role="region" aria-label={t('statistics.tableOf', { title })}>
                <table className="stat-table">
                  <caption className="visually-hidden">{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t(`statistics.dimension.${chart.dimensions[0]}`)}</th>
                      {data.series.map((s) => (
                        <th scope="col" key={s.key}>{s.label}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.categories.map((c, i) => (
                      <tr key={c.key}>
                        <th scope="row">{c.label}</th>
                        {data.series.map((s) => (
                          <td key={s.key} className={s.cells[i].kind === 'suppressed' ? 'stat-suppressed' : undefined}>{cellText(s.cells[i], format)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
          <p className="stat-actions">
            <button type="button" className="stat-csv" onClick={csv}>
              {t('statistics.csv')}
              <span className="visually-hidden"> : {title}</span>
            </button>
            {csvError && <span role="alert" className="stat-error"> {t('statistics.csvError')}</span>}
          </p>
        </>
      )}
    </section>
  );
}
