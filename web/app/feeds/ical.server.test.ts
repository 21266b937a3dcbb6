import { describe, expect, it } from 'vitest';
import { renderIcs, type IcsCalendar } from './ical.server';

const calendar: IcsCalendar = {
  feed: { name: 'Stödportalen – kalender', description: 'Kommande evenemang' },
  url: 'https://stod.example/kalender',
  host: 'stod.example',
  language: 'sv',
  now: new Date('2026-11-28T12:00:00Z'),
  events: [
    {
      id: 'abc123',
      title: 'Föreläsning; om, sugardejting',
      startsAt: '2026-12-15T17:00:00.000Z',
      endsAt: '2026-12-15T19:00:00.000Z',
      description: 'Rad ett\nRad två',
      location: 'Folkets hus, Karlskoga',
      url: 'https://stod.example/kalender/forelasning',
      updatedAt: '2026-11-20T09:15:00.000Z',
      publishedAt: '2026-11-19T08:00:00.000Z',
    },
  ],
};

/** Unfolded content lines (RFC 5545 3.1: a line break followed by a space continues the line). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('renderIcs', () => {
  const ics = renderIcs(calendar);
  const content = lines(ics);

  it('is one VCALENDAR with CRLF line ends, a PRODID and METHOD:PUBLISH', () => {
    expect(content[0]).toBe('BEGIN:VCALENDAR');
    expect(content).toContain('VERSION:2.0');
    expect(content).toContain('METHOD:PUBLISH');
    expect(content.find((line) => line.startsWith('PRODID:'))).toBe('PRODID:-//Karlskoga kommun//Stödportalen//SV');
    expect(ics.endsWith('END:VCALENDAR')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the event with a stable UID, UTC times, stamp, escaped text, location and URL', () => {
    expect(content.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(content).toEqual(
      expect.arrayContaining([
        'UID:abc123@stod.example',
        'DTSTART:20261215T170000Z',
        'DTEND:20261215T190000Z',
        'DTSTAMP:20261120T091500Z',
        'LAST-MODIFIED:20261120T091500Z',
        'CREATED:20261119T080000Z',
        'SUMMARY:Föreläsning\\; om\\, sugardejting',
        'DESCRIPTION:Rad ett\\nRad två',
        'LOCATION:Folkets hus\\, Karlskoga',
      ]),
    );
    expect(
      content.some((line) => line.startsWith('URL') && line.endsWith(':https://stod.example/kalender/forelasning'))
    ).toBe(true);
  });

  it('names a feed and asks subscribers to refresh hourly, but not in a single event file', () => {
    expect(content).toContain('X-WR-CALNAME:Stödportalen – kalender');
    expect(content).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    const single = lines(renderIcs({ ...calendar, feed: null }));
    expect(single.some((line) => line.startsWith('X-WR-CALNAME') || line.startsWith('REFRESH-INTERVAL'))).toBe(false);
    expect(single).toContain('UID:abc123@stod.example');
  });

  it('folds long lines at 75 octets', () => {
    const long = renderIcs({ ...calendar, events: [{ ...calendar.events[0]!, description: 'å'.repeat(200) }] });
    for (const line of long.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('leaves out an end before the start and skips events without a valid start', () => {
    const result = lines(
      renderIcs({
        ...calendar,
        events: [
          { ...calendar.events[0]!, endsAt: '2026-12-15T16:00:00.000Z' },
          { ...calendar.events[0]!, id: 'broken', startsAt: 'not a date' },
        ],
      })
    );
    expect(result.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(result.some((line) => line.startsWith('DTEND'))).toBe(false);
    expect(result.some((line) => line.includes('broken@'))).toBe(false);
  });

  it('uses now as DTSTAMP when the change date is unknown', () => {
    const result = lines(renderIcs({ ...calendar, events: [{ ...calendar.events[0]!, updatedAt: null }] }));
    expect(result).toContain('DTSTAMP:20261128T120000Z');
  });
});
