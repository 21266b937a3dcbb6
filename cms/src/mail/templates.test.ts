import { describe, expect, it } from 'vitest';
import { textToHtml } from './send';
import { approvalMail, formatEventTime, receiptMail, rejectionMail } from './templates';

describe('mail texts', () => {
  it('gives times in Swedish time, summer and winter', () => {
    expect(formatEventTime({ startsAt: '2026-07-01T16:00:00.000Z', endsAt: '2026-07-01T18:00:00.000Z' }, 'sv')).toBe('1 juli 2026 kl. 18:00–20:00');
    expect(formatEventTime({ startsAt: '2026-01-15T17:00:00.000Z', endsAt: '2026-01-16T09:00:00.000Z' }, 'en')).toBe('15 January 2026 at 18:00 – 16 January 2026 at 10:00');
  });

  it('writes to the submitter in their language, with the link and the retention', () => {
    const event = { title: 'Föreläsning', startsAt: '2026-07-01T16:00:00.000Z', endsAt: null, organiser: null, name: 'Anna', url: 'https://portal.example/kalender/forelasning', retentionDays: 30 };
    expect(approvalMail(event, 'sv').text).toContain('https://portal.example/kalender/forelasning');
    expect(approvalMail(event, 'sv').text).toContain('30 dagar efter evenemanget');
    expect(approvalMail(event, 'en').subject).toBe('Your event is published: Föreläsning');
    expect(rejectionMail({ ...event, note: 'Fel kommun.' }, 'sv').text).toContain('Vår kommentar:\nFel kommun.');
    expect(rejectionMail({ ...event, note: '  ' }, 'sv').text).not.toContain('Vår kommentar');
    expect(rejectionMail({ ...event, note: null }, 'sv').text).toContain('30 dagar efter det här beslutet');
  });

  it('names the contact for early deletion only when editors have set one', () => {
    const event = { title: 'Föreläsning', startsAt: '2026-07-01T16:00:00.000Z', endsAt: null, organiser: null, name: 'Anna', url: 'https://portal.example/kalender/forelasning', retentionDays: 30 };
    expect(approvalMail(event, 'sv').text).not.toContain('Skriv till');
    expect(approvalMail({ ...event, requestContact: 'registrator@kommun.example' }, 'sv').text).toContain('Skriv till registrator@kommun.example');
    expect(rejectionMail({ ...event, note: null, requestContact: 'registrator@kommun.example' }, 'en').text).toContain('write to registrator@kommun.example');
  });

  it('gives the partner a receipt with the reference and what was sent, in their language', () => {
    const tip = {
      reference: 'abc123def456ghi789jkl012',
      title: 'Föreläsning om sugardejting',
      startsAt: '2026-07-01T16:00:00.000Z',
      endsAt: '2026-07-01T18:00:00.000Z',
      organiser: 'Föreningen Exempel',
      place: 'Folkets hus, Karlskoga',
      onlineUrl: null,
      description: `Om stöd.\n\n${'lång text '.repeat(100)}`,
      contactName: 'Anna',
      contactEmail: 'anna@example.invalid',
      retentionDays: 30,
    };
    const sv = receiptMail(tip, 'sv');
    expect(sv.subject).toBe('Vi har fått ditt tips: Föreläsning om sugardejting');
    for (const line of ['Ditt referensnummer: abc123def456ghi789jkl012', 'Tid: 1 juli 2026 kl. 18:00–20:00 (svensk tid)', 'Plats: Folkets hus, Karlskoga', 'Arrangör: Föreningen Exempel', 'Kontakt: Anna, anna@example.invalid']) {
      expect(sv.text).toContain(line);
    }
    expect(sv.text).not.toContain('På nätet');
    expect(sv.text).toMatch(/Beskrivning: Om stöd\. lång text .{300,}…\n/);
    const en = receiptMail({ ...tip, place: null, onlineUrl: 'https://meet.example/x' }, 'en');
    expect(en.subject).toBe('We have received your tip: Föreläsning om sugardejting');
    expect(en.text).toContain('Your reference: abc123def456ghi789jkl012');
    expect(en.text).toContain('Online: https://meet.example/x');
    expect(en.text).not.toContain('Place:');
  });

  it('escapes text in the HTML part, so a title never becomes markup', () => {
    expect(textToHtml('<script>alert(1)</script> & "x"\nrad två\n\nnytt stycke')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;<br>rad två</p>\n<p>nytt stycke</p>',
    );
  });
});
