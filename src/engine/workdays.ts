/**
 * Calendar arithmetic on plain dates ("2026-01-05"), without time zones: a planned contact is a day
 * in the firm's calendar; the agenda file adds the time and the zone.
 */

/** Working days in a plan year: 52 weeks of five days. */
export const WORKING_DAYS_PER_YEAR = 260;

const DAY_MS = 86_400_000;

function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const isWeekend = (day: number): boolean => {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** The date itself when it is a working day (Monday to Friday), else the Monday after. */
export function firstWorkingDay(iso: string): string {
  let day = toDay(iso);
  while (isWeekend(day)) day++;
  return fromDay(day);
}

/** The date `months` calendar months after `iso`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** "2026-03-14" for a Date, in the date's UTC calendar (callers pass a date, not an instant). */
export function isoDate(date: Date): string {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())).toISOString().slice(0, 10);
}

/** The dates of working days 0 … count−1 from `start` (a working day), computed once for a whole plan. */
export function workingDayDates(start: string, count: number): string[] {
  const first = toDay(start);
  // Monday of the start's week; the start's weekday 0 (Mon) … 4 (Fri).
  const weekday = (new Date(first * DAY_MS).getUTCDay() + 6) % 7;
  const monday = first - weekday;
  return Array.from({ length: count }, (_, k) => {
    const total = weekday + k;
    return fromDay(monday + Math.floor(total / 5) * 7 + (total % 5));
  });
}
