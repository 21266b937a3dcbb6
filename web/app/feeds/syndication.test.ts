import { describe, expect, it } from 'vitest';
import { renderAtom, renderRss, type Feed } from './syndication';

const feed: Feed = {
  title: 'Stödportalen – kalender',
  description: 'Kommande evenemang & annat',
  language: 'sv',
  pageUrl: 'https://stod.example/kalender',
  feedUrl: 'https://stod.example/kalender/rss.xml',
  author: 'Karlskoga kommun',
  entries: [
    {
      url: 'https://stod.example/kalender/a',
      title: 'Föreläsning: <Vad> är "sugardejting"?',
      summary: 'Rad ett\n\nRad två & tre',
      updated: '2026-11-02T10:00:00.000Z',
    },
    { url: 'https://stod.example/kalender/b', title: 'B', summary: '', updated: '2026-11-05T08:30:00.000Z' },
  ],
  now: new Date('2026-11-28T12:00:00Z'),
};

describe('renderRss', () => {
  const xml = renderRss(feed);

  it('is RSS 2.0 with a self link and the channel facts', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
      )
    ).toBe(true);
    expect(xml).toContain('<link>https://stod.example/kalender</link>');
    expect(xml).toContain(
      '<atom:link href="https://stod.example/kalender/rss.xml" rel="self" type="application/rss+xml"/>'
    );
    expect(xml).toContain('<language>sv</language>');
    expect(xml).toContain('<description>Kommande evenemang &amp; annat</description>');
  });

  it('has one escaped item per entry with RFC 822 dates', () => {
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain('<title>Föreläsning: &lt;Vad&gt; är &quot;sugardejting&quot;?</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://stod.example/kalender/a</guid>');
    expect(xml).toContain('<pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate>');
    // The channel was last built when the latest entry changed.
    expect(xml).toContain('<lastBuildDate>Thu, 05 Nov 2026 08:30:00 GMT</lastBuildDate>');
  });
});

describe('renderAtom', () => {
  it('is Atom 1.0 with id, updated, author, self and alternate links', () => {
    const xml = renderAtom({ ...feed, feedUrl: 'https://stod.example/kalender/atom.xml' });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">');
    expect(xml).toContain('<id>https://stod.example/kalender/atom.xml</id>');
    expect(xml).toContain('<updated>2026-11-05T08:30:00.000Z</updated>');
    expect(xml).toContain('<author>\n    <name>Karlskoga kommun</name>\n  </author>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://stod.example/kalender/atom.xml"/>'
    );
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://stod.example/kalender"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<summary type="text">Rad ett\n\nRad två &amp; tre</summary>');
  });

  it('marks an entry in another language than the feed', () => {
    const xml = renderAtom({
      ...feed,
      language: 'en',
      entries: [
        { ...feed.entries[0]!, language: 'sv' },
        { ...feed.entries[1]!, language: 'en' },
      ],
    });
    expect(xml.match(/<entry xml:lang="sv">/g)).toHaveLength(1);
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });

  it('uses now as updated for an empty feed', () => {
    const xml = renderAtom({ ...feed, entries: [] });
    expect(xml).toContain('<updated>2026-11-28T12:00:00.000Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});

describe('event entries: publication, change and the event’s own time', () => {
  const eventFeed: Feed = {
    ...feed,
    entries: [
      {
        url: 'https://stod.example/kalender/a',
        title: 'Föreläsning',
        summary: 'Text',
        published: '2026-11-01T07:00:00.000Z',
        updated: '2026-11-02T10:00:00.000Z',
        // 15 December, 18.00–20.00 in Karlskoga (winter time, UTC+1).
        event: { startsAt: '2026-12-15T17:00:00.000Z', endsAt: '2026-12-15T19:00:00.000Z', location: 'Folkets hus, Karlskoga' },
      },
      // Summer time: the offset is +02:00; an end before the start is left out.
      { url: 'https://stod.example/kalender/b', title: 'B', summary: '', updated: '2026-11-05T08:30:00.000Z', event: { startsAt: '2026-06-10T08:00:00.000Z', endsAt: '2026-06-10T07:00:00.000Z', location: null } },
    ],
  };

  it('RSS: pubDate is the publication, atom:updated the last change, ev:* when and where it happens', () => {
    const xml = renderRss(eventFeed);
    expect(xml).toContain('xmlns:ev="http://purl.org/rss/1.0/modules/event/"');
    expect(xml).toContain('<pubDate>Sun, 01 Nov 2026 07:00:00 GMT</pubDate>');
    expect(xml).toContain('<atom:updated>2026-11-02T10:00:00.000Z</atom:updated>');
    expect(xml).toContain('<ev:startdate>2026-12-15T18:00:00+01:00</ev:startdate>');
    expect(xml).toContain('<ev:enddate>2026-12-15T20:00:00+01:00</ev:enddate>');
    expect(xml).toContain('<ev:location>Folkets hus, Karlskoga</ev:location>');
    expect(xml).toContain('<ev:startdate>2026-06-10T10:00:00+02:00</ev:startdate>');
    expect(xml.match(/<ev:enddate>/g)).toHaveLength(1);
    // Without a publication time, the change time stands in.
    expect(xml).toContain('<pubDate>Thu, 05 Nov 2026 08:30:00 GMT</pubDate>');
  });

  it('Atom: published and updated apart, and the event module', () => {
    const xml = renderAtom(eventFeed);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:ev="http://purl.org/rss/1.0/modules/event/" xml:lang="sv">');
    expect(xml).toContain('<published>2026-11-01T07:00:00.000Z</published>\n    <updated>2026-11-02T10:00:00.000Z</updated>');
    expect(xml).toContain('<ev:startdate>2026-12-15T18:00:00+01:00</ev:startdate>');
  });

  it('a feed without events declares no event module', () => {
    expect(renderAtom(feed)).not.toContain('xmlns:ev');
    expect(renderRss(feed)).not.toContain('<ev:');
  });
});
