import { useEffect, useState } from 'react';
import { chartQuery } from './model';
import type { DashboardsAnswer, Filter, Language, ServedChart, TableAnswer } from './types';

/** Plain fetch, so the public page carries no API client library. `token` absent = the public routes. */
export interface Source {
  /** The signed-in app's `accessToken()` (renewed as needed); nothing is kept here. */
  token?: () => Promise<string>;
  language: Language;
}

const base = (source: Source) => (source.token ? '/api/statistics/v1/' : '/api/statistics/v1/public/');

export class StatisticsError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage?: string,
  ) {
    super(`HTTP ${status}`);
  }
}

async function call(url: string, source: Source, accept: string): Promise<Response> {
  const token = source.token ? await source.token() : undefined;
  const response = await fetch(url, {
    headers: { accept, 'accept-language': source.language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    cache: 'no-store',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    throw new StatisticsError(response.status, typeof body?.message === 'string' ? body.message : undefined);
  }
  return response;
}

export function dashboardsUrl(source: Source): string {
  return `${base(source)}dashboards`;
}

export function chartUrl(chart: ServedChart, filter: Filter, source: Source): string {
  return `${base(source)}${chart.path}?${chartQuery(chart, filter).toString()}`;
}

export async function getJson<T>(url: string, source: Source): Promise<T> {
  return (await call(url, source, 'application/json')).json() as Promise<T>;
}

/** The API's own CSV (`Accept: text/csv`), saved under the name the API gives. */
export async function downloadCsv(url: string, source: Source): Promise<void> {
  const response = await call(url, source, 'text/csv');
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'relais.csv';
  const href = URL.createObjectURL(new Blob([await response.text()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/** One GET, redone when the URL changes; an answer for an old URL is dropped. */
export function useJson<T>(url: string | null, source: Source): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const { token, language } = source;
  useEffect(() => {
    if (!url) return;
    let current = true;
    setLoaded({ state: 'loading' });
    getJson<T>(url, { token, language }).then(
      (data) => current && setLoaded({ state: 'ready', data }),
      (error: unknown) => current && setLoaded({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [url, token, language]);
  return loaded;
}

export type { DashboardsAnswer, TableAnswer };
