/** What GET /api/statistics/v1/(public/)dashboards serves (apps/statistics/data/dashboards/*.json, checked by the service). */
export interface Text {
  fr: string;
  en: string;
}

export interface ServedChart {
  id: string;
  indicator: string;
  kind: 'bar' | 'stackedBar' | 'line';
  /** Category axis, then the series; `period` is time. */
  dimensions: string[];
  period?: 'month' | 'quarter' | 'year';
  measures: string[];
  title: Text;
  note?: Text;
  /** Under /api/statistics/v1/ (or v1/public/), with `params`; the reader adds from/to or year. */
  path: string;
  params: Record<string, string>;
  regional: boolean;
  /** One calendar year (SDG 16.2.2, headline figures, GLOTIP): the reader sends `year`, that of `to`. */
  yearly: boolean;
}

export interface Dashboard {
  id: string;
  version: number;
  audience: 'public' | 'signedIn';
  title: Text;
  sections: { id: string; title: Text; charts: ServedChart[] }[];
}

export interface DashboardsAnswer {
  dashboards: Dashboard[];
  updatedAt: string | null;
}

export type Row = Record<string, unknown>;

/** The days a table counts: a protected one is cut to whole, completed months (`snapped`). */
export interface Coverage {
  from: string;
  to: string;
  snapped: boolean;
}

export interface TableAnswer {
  rows: Row[];
  disclosure: { exact: boolean; threshold: number; hiddenAll: boolean };
  coverage?: Coverage;
}

/** The reader's choice: a range of days (the SDG rate takes the year of `to`) and perhaps one region. */
export interface Filter {
  from: string;
  to: string;
  region?: string;
}

export type Language = 'fr' | 'en';
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
