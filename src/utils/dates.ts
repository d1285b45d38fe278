/** Microsoft Docs writes `ms.date` as MM/DD/YYYY. */
const MS_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export type MsDateResult = { ok: true; date: Date } | { ok: false; reason: string };

export function parseMsDate(value: string): MsDateResult {
  const match = MS_DATE.exec(value.trim());
  if (!match) return { ok: false, reason: `"${value}" is not in the form MM/DD/YYYY` };
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) return { ok: false, reason: `"${value}" is not a real date (month ${month}, day ${day})` };
  return { ok: true, date };
}

/** One formatter for every date: making one costs more than formatting a date (toLocaleDateString makes one per call). */
const LONG_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "June 6, 2018", the same on every machine whatever its time zone. */
export function formatLongDate(date: Date): string {
  return LONG_DATE.format(date);
}
