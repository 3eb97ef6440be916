import type { Lang } from './catalog';

/**
 * The one number formatter of the product: the pane, the report sheet, the explanations and the CLI
 * all show numbers through these three functions, so the same figure reads the same everywhere.
 * Percentages get one decimal (23,3%, never "1%" beside "0,8%"); money is whole euros with €.
 *
 * Formatters are cached per language and options: creating an Intl.NumberFormat costs ~20 µs, which
 * dominated writing explanations for large tables (one per client, several numbers each).
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** The Intl locale of a language: Dutch as in the Netherlands, English as in the UK (day-month dates, € amounts). */
export function localeOf(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}

function formatter(lang: Lang, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), options);
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(lang: Lang, value: number, fractionDigits?: number): string {
  // Small whole numbers (scores, weights, points) read the same in every locale; skip Intl for speed.
  if (fractionDigits === undefined && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  const opts =
    fractionDigits === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return formatter(lang, `n${fractionDigits ?? ''}`, opts).format(value);
}

/** A fraction as a percentage, one decimal unless asked otherwise (0.2333 → "23,3%"). */
export function formatPercent(lang: Lang, fraction: number, fractionDigits = 1): string {
  return formatter(lang, `p${fractionDigits}`, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(fraction);
}

/** An amount in whole euros with the euro sign ("€ 2.832" in Dutch, "€2,832" in English). */
export function formatMoney(lang: Lang, value: number): string {
  return formatter(lang, 'eur', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/**
 * A limit the user set (a class limit, a concentration limit): as typed, so 70% stays "70%" and
 * 72,5% keeps its decimal. Measured shares use formatPercent's one decimal.
 */
export function formatLimit(lang: Lang, fraction: number): string {
  const percent = fraction * 100;
  return formatPercent(lang, fraction, Math.abs(percent - Math.round(percent)) < 1e-9 ? 0 : 1);
}
