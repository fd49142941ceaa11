import type { Source } from './api';
import { ChartCard } from './ChartCard';
import type { Dashboard as DashboardDefinition, Filter, Translate } from './types';
import './statistics.css';

/** A dashboard as its data file defines it: sections of charts, each with its table and CSV. `sdgFilter`: another year for the yearly charts (SDG rate, headline figures, GLOTIP). */
export function DashboardView({ dashboard, filter, sdgFilter, source, t }: { dashboard: DashboardDefinition; filter: Filter; sdgFilter?: Filter; source: Source; t: Translate }) {
  return (
    <div className="stat-dashboard">
      {dashboard.sections.map((section) => (
        <section key={section.id} className="stat-section" aria-labelledby={`section-${dashboard.id}-${section.id}`}>
          <h2 id={`section-${dashboard.id}-${section.id}`}>{section.title[source.language]}</h2>
          <div className="stat-grid">
            {section.charts.map((chart) => (
              <ChartCard key={chart.id} chart={chart} filter={chart.yearly && sdgFilter ? sdgFilter : filter} source={source} t={t} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
