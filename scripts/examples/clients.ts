/**
 * Fictional Dutch client portfolio for the example workbook. Deterministic: a seeded generator,
 * so `npm run examples` (tsx scripts/make-examples.ts) always produces the same clients.
 * Every name is made up from common surnames, place names and trades; none refers to a real firm.
 */
import { seededRandom } from '../seededRandom';

export interface ExampleClient {
  readonly name: string;
  readonly revenue: number;
  readonly hours: number;
  readonly portfolio: number;
  readonly network: number;
  /** null: a new client nobody has judged yet (shows the "missing data → not classified" path). */
  readonly cooperation: number | null;
  readonly paymentDays: number;
  readonly potential: number;
}

/** Last year's judgements of the same client (noisier), or null for a client that is new this year. */
export type LastYear = Omit<ExampleClient, 'name' | 'hours'> | null;


const SURNAMES = ['De Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'De Groot', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'Van Leeuwen', 'Dekker', 'Brouwer', 'De Wit', 'Dijkstra', 'Smits', 'De Graaf',
  'Van der Meer', 'Van der Linden', 'Kok', 'Jacobs', 'De Haan', 'Vermeulen', 'Van den Berg', 'Van Dijk', 'Schouten',
  'Van Beek', 'Willems', 'Hoekstra', 'Koster', 'Prins', 'Post', 'Kuipers', 'Van Wijk', 'Huisman', 'Verhoeven', 'Veenstra'];
const PLACES = ['Amersfoort', 'Zwolle', 'Deventer', 'Gouda', 'Alkmaar', 'Hoorn', 'Meppel', 'Tiel', 'Veenendaal', 'Harderwijk',
  'Assen', 'Weert', 'Oss', 'Goes', 'Zutphen', 'Woerden', 'Bussum', 'Heerenveen', 'Doetinchem', 'Culemborg'];
const NOUNS = ['Zwaan', 'Molen', 'Linde', 'Gouden Leeuw', 'Hoek', 'Brug', 'Haven', 'Eik', 'Klok', 'Poort'];

type Pick = <T>(items: readonly T[]) => T;

/** Trade name patterns; `s` = surname, `p` = place, `n` = noun. */
const PATTERNS: readonly ((s: string, p: string, n: string) => string)[] = [
  (s) => `Bakkerij ${s} B.V.`,
  (s) => `Huisartsenpraktijk ${s}`,
  (s) => `Tandartspraktijk ${s}`,
  (s) => `Installatiebedrijf ${s} B.V.`,
  (s) => `Bouwbedrijf ${s} & Zn.`,
  (s) => `${s} Transport B.V.`,
  (s) => `Autobedrijf ${s}`,
  (s) => `Kapsalon ${s}`,
  (s) => `Hoveniersbedrijf ${s}`,
  (s) => `Schildersbedrijf ${s}`,
  (s) => `Advocatenkantoor ${s}`,
  (s) => `${s} Holding B.V.`,
  (s) => `Loodgietersbedrijf ${s}`,
  (s) => `Slagerij ${s}`,
  (s) => `Notariskantoor ${s}`,
  (s, p) => `Fysiotherapie ${p}`,
  (s, p) => `Dierenkliniek ${p}`,
  (s, p) => `Stichting Welzijn ${p}`,
  (s, p) => `Sportschool ${p} Fit`,
  (_s, _p, n) => `Café De ${n}`,
  (_s, _p, n) => `Restaurant De ${n}`,
  (s, p) => `Drukkerij ${p}`,
  (s) => `Architectenbureau ${s}`,
  (s) => `Zorgboerderij ${s}`,
  (s) => `${s} ICT-diensten`,
  (s) => `Rijschool ${s}`,
];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Standard normal from two uniforms (Box–Muller). */
function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function uniqueName(random: () => number, used: Set<string>): string {
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  for (;;) {
    const name = pick(PATTERNS)(pick(SURNAMES), pick(PLACES), pick(NOUNS));
    if (!used.has(name)) { used.add(name); return name; }
  }
}

/**
 * About 150 clients with a long-tailed revenue (a few large clients, many small ones), hours at a
 * plausible hourly rate, 0–3 judgements loosely tied to size, and payment days around three weeks
 * with a few slow payers. Last year's judgements are this year's plus noise, so classifying them
 * gives a year-over-year column with realistic movers.
 */
export function exampleClients(count: number, seed: number): { clients: ExampleClient[]; lastYear: LastYear[] } {
  const random = seededRandom(seed);
  const used = new Set<string>();
  const score = (base: number, spread: number) => clamp(Math.round(base + spread * normal(random)), 0, 3);
  const clients: ExampleClient[] = [];
  const lastYear: LastYear[] = [];
  for (let i = 0; i < count; i++) {
    const size = normal(random);
    const revenue = Math.round(clamp(Math.exp(Math.log(6500) + 1.3 * size), 650, 325000));
    const hourlyRate = 85 + 50 * random();
    const hours = Math.max(4, Math.round(revenue / hourlyRate));
    const paymentDays = Math.round(clamp(Math.exp(Math.log(21) + 0.7 * normal(random)), 3, 120));
    const now = {
      revenue,
      portfolio: score(1.3 + 0.7 * size, 0.8),
      network: score(1.1 + 0.4 * size, 0.9),
      cooperation: score(2.1, 0.8) as number | null,
      paymentDays,
      potential: score(1.2 + 0.2 * size, 0.9),
    };
    const isNew = random() < 0.04;
    const before = {
      revenue: Math.round(revenue * Math.exp(0.25 * normal(random))),
      portfolio: clamp(now.portfolio + Math.round(0.6 * normal(random)), 0, 3),
      network: clamp(now.network + Math.round(0.6 * normal(random)), 0, 3),
      cooperation: clamp(now.cooperation! + Math.round(0.6 * normal(random)), 0, 3),
      paymentDays: Math.round(clamp(paymentDays * Math.exp(0.3 * normal(random)), 3, 120)),
      potential: clamp(now.potential + Math.round(0.6 * normal(random)), 0, 3),
    };
    clients.push({ name: uniqueName(random, used), hours, ...now });
    lastYear.push(isNew ? null : before);
  }
  // One brand-new client whose cooperation nobody has judged yet: the example shows that a missing
  // judgement leaves the client unclassified with a signal, instead of silently counting as 0.
  const newcomer = lastYear.indexOf(null);
  if (newcomer >= 0) clients[newcomer] = { ...clients[newcomer]!, cooperation: null };
  return { clients, lastYear };
}
