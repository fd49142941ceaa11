import { Language } from '@relais/contracts';

/** Mali keeps UTC+0 all year; naming the zone keeps that knowledge in the time-zone database. */
export const MALI_TIME_ZONE = 'Africa/Bamako';

export interface DateParts {
  day: string;
  month: string;
  monthName: string;
  year: string;
  hour: string;
  minute: string;
}

const numeric = new Intl.DateTimeFormat('en-GB', {
  timeZone: MALI_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const monthNames: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { timeZone: MALI_TIME_ZONE, month: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: MALI_TIME_ZONE, month: 'short' }),
};

/** The calendar and clock fields of an instant as read in Bamako. */
export function maliDateParts(instant: Date, language: Language): DateParts {
  const parts = Object.fromEntries(numeric.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    day: parts.day,
    month: parts.month,
    monthName: monthNames[language].format(instant),
    year: parts.year,
    hour: parts.hour,
    minute: parts.minute,
  };
}
