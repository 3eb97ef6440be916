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

/** The working day `count` working days after `iso` (itself a working day); weekends are skipped. */
export function addWorkingDays(iso: string, count: number): string {
  let day = toDay(iso);
  // Whole weeks first (five working days are seven calendar days), then day by day.
  day += Math.floor(count / 5) * 7;
  for (let left = count % 5; left > 0;) {
    day++;
    if (!isWeekend(day)) left--;
  }
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
