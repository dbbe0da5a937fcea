// Numbers, dates and times as the chosen language writes them.
import { currentLanguage, t } from './i18n.js';

function locale() {
  return currentLanguage() === 'en' ? 'en-GB' : 'da-DK';
}

export function number(value) {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(Number(value));
}

/** A value with its unit: "62,5 %", "12 antal" is written "12", NPS "35 NPS", points "2,1 procentpoint". */
export function withUnit(value, unit) {
  if (value === null || value === undefined) return '–';
  if (unit === 'COUNT') return number(value);
  if (unit === 'PERCENT') return `${number(value)} %`;
  return `${number(value)} ${t(`units.${unit}`)}`;
}

export function date(isoDate) {
  if (!isoDate) return '–';
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** "10.42" in Danish, "10:42" in English; the day too when it is not today. */
export function clock(instant) {
  if (!instant) return '–';
  const when = new Date(instant);
  const today = new Date();
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' })
    .format(when);
  if (when.toDateString() === today.toDateString()) return time;
  const day = new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Copenhagen' })
    .format(when);
  return `${time}, ${day}`;
}

export function month(yearMonth) {
  const [y, m] = yearMonth.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
