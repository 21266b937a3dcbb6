// Links on paper: where they go, once. The print styles (tailwind.css, /print.css) follow each link
// in the content with its address, except a link marked as already showing it.

/** The attribute that marks a link whose text already says where it goes. */
export const URL_SHOWN_ATTRIBUTE = 'data-url-shown';

/** What a link's text and address have in common when the text "is" the address. */
function normalise(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^(https?:\/\/|mailto:)/, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}

/** Digits of a phone number, with 00 for a leading +. */
function digits(value: string): string {
  return value.replace(/^\s*\+/, '00').replace(/\D/g, '');
}

/**
 * True when the text already shows where the link goes: the address itself (with or without
 * `https://`, `www.`, a trailing slash), the e-mail address of a `mailto:`, or the number of a
 * `tel:`/`sms:` link ("Ring 020-50 50 50").
 */
export function textShowsUrl(href: string, text: string): boolean {
  if (/^(tel|sms):/i.test(href)) {
    const number = digits(href.replace(/^(tel|sms):/i, '').split('?')[0] ?? '');
    return number !== '' && digits(text).includes(number);
  }
  if (/^mailto:/i.test(href)) return normalise(text).includes(normalise(href).split('?')[0] ?? '');
  return normalise(text) === normalise(href);
}

/** Props for a link: the marker when its text shows its address. */
export function printUrlProps(href: string, text: string): { [URL_SHOWN_ATTRIBUTE]?: '' } {
  return textShowsUrl(href, text) ? { [URL_SHOWN_ATTRIBUTE]: '' } : {};
}

/** A CSS string literal. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (character) => `\\${character}`).replace(/[\n\r\f]/g, '')}"`;
}

/** The print rule that needs the origin: links within the site get their full address. */
export function printStylesheet(origin: string): string {
  return [
    '@media print {',
    `  main a[href^="/"]:not([${URL_SHOWN_ATTRIBUTE}])::after {`,
    `    content: " (" ${cssString(origin)} attr(href) ")";`,
    '  }',
    '}',
    '',
  ].join('\n');
}
