import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, byDay, type CalendarDay, dayKey, fromKey, initialMonth, type Month, monthGrid, monthOf, moveDay, sameMonth } from './month';
import classes from './HearingCalendar.module.css';

export interface CalendarHearing {
  id: string;
  at: string;
  kind: string;
  court: string;
}

/** A Monday, to name the weekdays in the person's language. */
const A_MONDAY = new Date(2024, 0, 1);

function capitalise(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

function useFormats(lang: string) {
  return useMemo(() => {
    const month = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric' });
    const day = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
    const weekday = (style: 'short' | 'long') => new Intl.DateTimeFormat(lang, { weekday: style });
    const weekdays = Array.from({ length: 7 }, (_, i) => new Date(A_MONDAY.getFullYear(), 0, 1 + i)).map((d) => ({
      short: weekday('short').format(d),
      long: capitalise(weekday('long').format(d), lang),
    }));
    return {
      month: (m: Month) => capitalise(month.format(new Date(m.year, m.month, 1)), lang),
      day: (d: Date) => capitalise(day.format(d), lang),
      time: (iso: string) => time.format(new Date(iso)),
      weekdays,
    };
  }, [lang]);
}

function HearingLine({ hearing, time }: { hearing: CalendarHearing; time: string }) {
  const { t } = useTranslation();
  return (
    <li className={classes.hearing} data-testid="calendar-hearing">
      <Text span size="xs" fw={700}>{time}</Text> {t(`prosecution.hearingKind.${hearing.kind}`)}
      <Text span size="xs" c="dimmed" display="block">{hearing.court}</Text>
    </li>
  );
}

/**
 * Hearings on a month calendar: a grid navigable by keyboard (arrows, Home/End, Page Up/Down, the
 * day under focus read out with its hearings), previous/next month and today. On a narrow screen
 * the month becomes an agenda of its days that have hearings, which reads better than 7 columns
 * of 45 px. Days are the person's own clock.
 */
export function HearingCalendar({ hearings, now = new Date() }: { hearings: readonly CalendarHearing[]; now?: Date }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const format = useFormats(lang);
  const narrow = useMediaQuery('(max-width: 40em)');
  const titleId = useId();
  const [month, setMonth] = useState<Month>(() => initialMonth(hearings, now));
  const [focused, setFocused] = useState<string>(() => {
    const first = [...byDay(hearings).keys()].find((k) => sameMonth(monthOf(fromKey(k)), month));
    return first ?? dayKey(sameMonth(monthOf(now), month) ? now : new Date(month.year, month.month, 1));
  });
  const days = useMemo(() => byDay(hearings), [hearings]);
  const weeks = useMemo(() => monthGrid(month), [month]);
  const inMonth = [...days.entries()].filter(([key]) => sameMonth(monthOf(fromKey(key)), month));
  const grid = useRef<HTMLTableElement>(null);
  const moved = useRef(false);

  // After a key moved the focus, put it on the new day's cell (the month may have changed first).
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused, month]);

  const show = (next: Month, day?: string) => {
    setMonth(next);
    setFocused(day ?? dayKey(new Date(next.year, next.month, 1)));
  };
  const onKey = (event: KeyboardEvent<HTMLElement>, key: string) => {
    const next = moveDay(key, event.key);
    if (!next) return;
    event.preventDefault();
    moved.current = true;
    const target = monthOf(fromKey(next));
    if (!sameMonth(target, month)) setMonth(target);
    setFocused(next);
  };

  const cell = (day: CalendarDay): ReactNode => {
    const items = days.get(day.key) ?? [];
    const today = day.key === dayKey(now);
    return (
      <td
        key={day.key}
        data-day={day.key}
        role="gridcell"
        tabIndex={day.key === focused ? 0 : -1}
        aria-current={today ? 'date' : undefined}
        className={classes.cell}
        data-outside={!day.inMonth || undefined}
        data-today={today || undefined}
        onKeyDown={(e) => onKey(e, day.key)}
        onFocus={() => setFocused(day.key)}
      >
        <span aria-hidden="true" className={classes.number}>{day.date.getDate()}</span>
        <VisuallyHidden>{format.day(day.date)}{items.length ? ` — ${t('prosecution.calendar.count', { count: items.length })}` : ''}</VisuallyHidden>
        {items.length > 0 && (
          <ul className={classes.hearings}>
            {items.map((h) => <HearingLine key={h.id} hearing={h} time={format.time(h.at)} />)}
          </ul>
        )}
      </td>
    );
  };

  return (
    <Stack gap="xs" data-testid="hearing-calendar">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text component="h3" id={titleId} fw={700} m={0} aria-live="polite" data-testid="calendar-month">{format.month(month)}</Text>
        <Group gap={4} wrap="wrap">
          <Button size="compact-sm" variant="default" onClick={() => show(addMonths(month, -1))}>{t('prosecution.calendar.previous')}</Button>
          <Button size="compact-sm" variant="default" onClick={() => show(monthOf(now), dayKey(now))}>{t('prosecution.calendar.today')}</Button>
          <Button size="compact-sm" variant="default" onClick={() => show(addMonths(month, 1))}>{t('prosecution.calendar.next')}</Button>
        </Group>
      </Group>
      {narrow ? (
        inMonth.length === 0 ? <Text size="sm" c="dimmed">{t('prosecution.calendar.empty')}</Text> : (
          <ol className={classes.agenda} aria-labelledby={titleId} data-testid="calendar-agenda">
            {inMonth.map(([key, items]) => (
              <li key={key}>
                <Text component="h4" size="sm" fw={700} m={0} data-today={key === dayKey(now) || undefined}>{format.day(fromKey(key))}</Text>
                <ul className={classes.hearings}>
                  {items.map((h) => <HearingLine key={h.id} hearing={h} time={format.time(h.at)} />)}
                </ul>
              </li>
            ))}
          </ol>
        )
      ) : (
        <>
          <Text size="xs" c="dimmed" id={`${titleId}-help`}>{t('prosecution.calendar.keys')}</Text>
          <table ref={grid} role="grid" aria-labelledby={titleId} aria-describedby={`${titleId}-help`} className={classes.grid} data-testid="calendar-grid">
            <thead>
              <tr>
                {format.weekdays.map((w) => <th key={w.long} scope="col" abbr={w.long}>{w.short}</th>)}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => <tr key={week[0].key}>{week.map(cell)}</tr>)}
            </tbody>
          </table>
          {inMonth.length === 0 && <Text size="sm" c="dimmed">{t('prosecution.calendar.empty')}</Text>}
        </>
      )}
    </Stack>
  );
}
