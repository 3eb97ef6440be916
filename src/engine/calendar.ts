/**
 * A minimal iCalendar writer (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545): one VEVENT per
 * planned contact, local times in Europe/Amsterdam with the zone's VTIMEZONE, TEXT escaping
 * (§3.3.11), lines folded at 75 octets (§3.1) and ended with CRLF.
 */

export interface CalendarEvent {
  /** Globally unique and stable: the same contact gets the same UID on every run (§3.8.4.7). */
  readonly uid: string;
  /** Local date "2026-03-16" and start hour in Europe/Amsterdam. */
  readonly date: string;
  readonly hour: number;
  readonly minutes: number;
  readonly summary: string;
  readonly description?: string;
  readonly categories?: readonly string[];
}

export interface CalendarOptions {
  /** When the file is made (DTSTAMP, UTC); also orders the updates (SEQUENCE). */
  readonly stamp: Date;
  /** Shown as the calendar's name by clients that read X-WR-CALNAME. */
  readonly name: string;
}

export const CALENDAR_ZONE = 'Europe/Amsterdam';

/**
 * Central European Time with summer time from the last Sunday of March 02:00 to the last Sunday of
 * October 03:00 (the EU rule since 1996), as RFC 5545 §3.6.5 describes a zone with RRULEs.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping: backslash, semicolon and comma get a backslash, a line break becomes \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 bytes of a text (written out: TextEncoder is missing in some hosts, e.g. jsdom and older webviews). */
function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return bytes;
}

/** Splits a content line into lines of at most 75 octets; continuation lines start with one space. Never splits a character. */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localTime(date: string, hour: number, minutes: number): string {
  const total = hour * 60 + minutes;
  return `${date.replace(/-/g, '')}T${pad(Math.floor(total / 60))}${pad(total % 60)}00`;
}

function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/**
 * SEQUENCE (§3.8.7.4) must grow with each revision of an event; minutes since 2020 grow with every
 * later run, so a re-imported file updates the events it had before.
 */
function sequence(stamp: Date): number {
  return Math.max(0, Math.floor((stamp.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
}

/** The agenda file: VCALENDAR with the zone and one VEVENT per event, CRLF line ends. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = utcStamp(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Klantwaarde//Contactplan//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${CALENDAR_ZONE}`,
    ...VTIMEZONE,
  ];
  const seq = sequence(options.stamp);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${seq}`,
      `DTSTART;TZID=${CALENDAR_ZONE}:${localTime(e.date, e.hour, 0)}`,
      `DTEND;TZID=${CALENDAR_ZONE}:${localTime(e.date, e.hour, e.minutes)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.categories && e.categories.length > 0) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}

/** A short stable hash of a text (two FNV-1a 32-bit passes): the client in a UID without spelling out its name. */
export function stableHash(text: string): string {
  const bytes = utf8(text);
  const pass = (basis: number) => {
    let h = basis >>> 0;
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return pass(0x811c9dc5) + pass(0x050c5d1f);
}
