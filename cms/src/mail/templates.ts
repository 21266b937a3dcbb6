import { STOCKHOLM_TIME_ZONE, stockholmDate } from '@stodportalen/shared';

/**
 * The mails of the submission flow. Communicators get theirs in Swedish; a submitter gets theirs
 * in the language they used the form in.
 */
export type MailLocale = 'sv' | 'en';

export type EventSummary = {
  title: string;
  startsAt: string;
  endsAt: string | null;
  organiser: string | null;
};

export function formatEventTime(event: Pick<EventSummary, 'startsAt' | 'endsAt'>, locale: MailLocale): string {
  const intlLocale = locale === 'sv' ? 'sv-SE' : 'en-GB';
  const timeZone = STOCKHOLM_TIME_ZONE;
  const dateTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeStyle: 'short', timeZone });
  const time = new Intl.DateTimeFormat(intlLocale, { timeStyle: 'short', timeZone });
  const start = new Date(event.startsAt);
  if (Number.isNaN(start.getTime())) return event.startsAt;
  const end = event.endsAt ? new Date(event.endsAt) : null;
  if (!end || Number.isNaN(end.getTime())) return dateTime.format(start);
  // Same day: "12 mars 2026 kl. 18:00–20:00"; otherwise both in full.
  return stockholmDate(start) === stockholmDate(end)
    ? `${dateTime.format(start)}–${time.format(end)}`
    : `${dateTime.format(start)} – ${dateTime.format(end)}`;
}

const SIGNATURE = {
  sv: 'Vänliga hälsningar\nStödportalen, Karlskoga kommun',
  en: 'Kind regards\nStödportalen, Karlskoga municipality',
};

export function newSubmissionMail(event: EventSummary, adminUrl: string) {
  return {
    subject: `Nytt evenemang att granska: ${event.title}`,
    text: [
      'Ett evenemang har skickats in via Stödportalen och väntar på granskning. Det är ett utkast och syns inte på webbplatsen.',
      `Titel: ${event.title}\nTid: ${formatEventTime(event, 'sv')}\nArrangör: ${event.organiser ?? '–'}`,
      `Granska, ändra och publicera eller avvisa det i CMS:et:\n${adminUrl}`,
      'Du får det här mejlet eftersom du är kommunikatör för Stödportalen.',
    ].join('\n\n'),
  };
}

/** What a partner sent, as the receipt mail repeats it. */
export type TipSummary = EventSummary & {
  place: string | null;
  onlineUrl: string | null;
  description: string;
  contactName: string;
  contactEmail: string;
};

/** The description in the receipt: the start of it, enough to recognise the tip. */
function shortened(text: string, max = 400): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length <= max ? single : `${single.slice(0, max - 1).trimEnd()}…`;
}

/**
 * To the partner right after a tip: its reference and what was sent (the web's receipt page
 * says the same). Sent only where mail is set up; the receipt page says when it is not.
 */
export function receiptMail(tip: TipSummary & { reference: string; retentionDays: number }, locale: MailLocale) {
  if (locale === 'en') {
    return {
      subject: `We have received your tip: ${tip.title}`,
      text: [
        `Hello ${tip.contactName},`,
        'Thank you for your tip. We read it before it is published; the event is not in the calendar yet. You get an email when we have decided.',
        `Your reference: ${tip.reference}`,
        [
          'What you sent:',
          `Event: ${tip.title}`,
          `Time: ${formatEventTime(tip, 'en')} (Swedish time)`,
          ...(tip.place ? [`Place: ${tip.place}`] : []),
          ...(tip.onlineUrl ? [`Online: ${tip.onlineUrl}`] : []),
          `Organiser: ${tip.organiser ?? '–'}`,
          `Description: ${shortened(tip.description)}`,
          `Contact: ${tip.contactName}, ${tip.contactEmail}`,
        ].join('\n'),
        `Your name and email address are never shown on the website. We delete them ${tip.retentionDays} days after the event. If this was not you, you do not need to do anything.`,
        SIGNATURE.en,
      ].join('\n\n'),
    };
  }
  return {
    subject: `Vi har fått ditt tips: ${tip.title}`,
    text: [
      `Hej ${tip.contactName}!`,
      'Tack för ditt tips. Vi läser det innan det publiceras, så evenemanget syns inte i kalendern än. Du får ett mejl när vi har bestämt oss.',
      `Ditt referensnummer: ${tip.reference}`,
      [
        'Det här skickade du:',
        `Evenemang: ${tip.title}`,
        `Tid: ${formatEventTime(tip, 'sv')} (svensk tid)`,
        ...(tip.place ? [`Plats: ${tip.place}`] : []),
        ...(tip.onlineUrl ? [`På nätet: ${tip.onlineUrl}`] : []),
        `Arrangör: ${tip.organiser ?? '–'}`,
        `Beskrivning: ${shortened(tip.description)}`,
        `Kontakt: ${tip.contactName}, ${tip.contactEmail}`,
      ].join('\n'),
      `Ditt namn och din e-postadress visas aldrig på webbplatsen. Vi tar bort dem ${tip.retentionDays} dagar efter evenemanget. Om det inte var du som skickade tipset behöver du inte göra något.`,
      SIGNATURE.sv,
    ].join('\n\n'),
  };
}

/** Where to ask for early deletion (Webbplatsinställningar → privacyRequestContact); nothing is promised without one. */
function requestLine(contact: string | null | undefined, locale: MailLocale): string[] {
  const value = contact?.trim();
  if (!value) return [];
  return [
    locale === 'en'
      ? `To have your details deleted sooner, or to ask what we store about you, write to ${value}. Replies to this email are not read.`
      : `Vill du att vi tar bort dina uppgifter tidigare, eller undrar du vad vi sparar om dig? Skriv till ${value}. Svar på det här mejlet läses inte.`,
  ];
}

export function approvalMail(
  event: EventSummary & { name: string | null; url: string; retentionDays: number; requestContact?: string | null },
  locale: MailLocale,
) {
  if (locale === 'en') {
    return {
      subject: `Your event is published: ${event.title}`,
      text: [
        `Hello${event.name ? ` ${event.name}` : ''},`,
        `Thank you for your tip. "${event.title}" (${formatEventTime(event, 'en')}) is now in the calendar on Stödportalen:\n${event.url}`,
        `Your contact details are not shown on the website. We delete them ${event.retentionDays} days after the event.`,
        ...requestLine(event.requestContact, 'en'),
        SIGNATURE.en,
      ].join('\n\n'),
    };
  }
  return {
    subject: `Ditt evenemang är publicerat: ${event.title}`,
    text: [
      `Hej${event.name ? ` ${event.name}` : ''}!`,
      `Tack för ditt tips. ”${event.title}” (${formatEventTime(event, 'sv')}) finns nu i kalendern på Stödportalen:\n${event.url}`,
      `Dina kontaktuppgifter visas inte på webbplatsen. Vi tar bort dem ${event.retentionDays} dagar efter evenemanget.`,
      ...requestLine(event.requestContact, 'sv'),
      SIGNATURE.sv,
    ].join('\n\n'),
  };
}

/** retentionDays: days after this decision (REJECTED_TIP_RETENTION_DAYS). */
export function rejectionMail(
  event: EventSummary & { name: string | null; note: string | null; retentionDays: number; requestContact?: string | null },
  locale: MailLocale,
) {
  const note = event.note?.trim() || null;
  if (locale === 'en') {
    return {
      subject: `Your event will not be published: ${event.title}`,
      text: [
        `Hello${event.name ? ` ${event.name}` : ''},`,
        `Thank you for your tip. We have reviewed "${event.title}" (${formatEventTime(event, 'en')}) and will not publish it in the calendar.`,
        ...(note ? [`Our comment:\n${note}`] : []),
        `We delete your contact details and our comment ${event.retentionDays} days after this decision.`,
        ...requestLine(event.requestContact, 'en'),
        SIGNATURE.en,
      ].join('\n\n'),
    };
  }
  return {
    subject: `Ditt evenemang publiceras inte: ${event.title}`,
    text: [
      `Hej${event.name ? ` ${event.name}` : ''}!`,
      `Tack för ditt tips. Vi har granskat ”${event.title}” (${formatEventTime(event, 'sv')}) och kommer inte att publicera det i kalendern.`,
      ...(note ? [`Vår kommentar:\n${note}`] : []),
      `Vi tar bort dina kontaktuppgifter och vår kommentar ${event.retentionDays} dagar efter det här beslutet.`,
      ...requestLine(event.requestContact, 'sv'),
      SIGNATURE.sv,
    ].join('\n\n'),
  };
}

/** To the accessibility contact: what was reported, and where to answer (only if the person gave an address). */
export function accessibilityReportMail(report: { description: string; pageUrl?: string; email?: string; locale: MailLocale }, adminUrl: string) {
  return {
    subject: 'Ny synpunkt på tillgängligheten i Stödportalen',
    text: [
      'Någon har rapporterat ett problem med tillgängligheten via formuläret på sidan Tillgänglighet.',
      `Sida: ${report.pageUrl ?? '–'}\nSpråk: ${report.locale === 'en' ? 'engelska' : 'svenska'}\nSvara till: ${report.email ?? 'Ingen e-postadress angavs.'}`,
      report.description,
      `Synpunkten finns sparad i Stödportalens administration: ${adminUrl}`,
      'Redogörelsen lovar svar inom den svarstid som står på sidan, om personen har lämnat en e-postadress.',
    ].join('\n\n'),
  };
}
