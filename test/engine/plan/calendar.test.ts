import ICAL from 'ical.js';
import { escapeText, foldLine, writeCalendar } from '../../../src/engine';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and line breaks in text (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    expect(folded.length).toBe(2);
    expect(folded.every((l) => octets(l) <= 75)).toBe(true);
    expect(folded[1]!.startsWith(' ')).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('round-trips awkward text through an independent parser', () => {
    const summary = 'Bakkerij "De Korenaar", Zwolle; ontbijtsessie\nmet vennoot — ' + 'lange tekst '.repeat(10);
    const ics = writeCalendar(
      [
        {
          uid: 'kw-1@klantwaarde',
          date: '2026-03-30',
          hour: 9,
          minutes: 60,
          summary,
          description: 'Eén; twee, drie',
          categories: ['Klantwaarde', 'A'],
        },
      ],
      { stamp: new Date(Date.UTC(2026, 0, 2, 10, 30)), name: 'Contactplan 2026' },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe('Eén; twee, drie');
    expect(event.uid).toBe('kw-1@klantwaarde');
    expect(event.endDate.toString()).toBe('2026-03-30T10:00:00');
  });
});
