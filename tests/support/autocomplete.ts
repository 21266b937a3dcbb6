// Which `autocomplete` values are valid on which form control, after the HTML standard's
// "autofill field names" table (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#autofill-field):
// each field name belongs to a control group, and each group is allowed on some input types only
// (`street-address`, a multi-line field, is valid on <textarea> and <select>, not on <input type=text>).

type ControlGroup = 'text' | 'multiline' | 'password' | 'url' | 'email' | 'tel' | 'numeric' | 'month' | 'date' | 'username';

const FIELD_GROUPS: Record<string, ControlGroup> = {
  name: 'text', 'honorific-prefix': 'text', 'given-name': 'text', 'additional-name': 'text', 'family-name': 'text',
  'honorific-suffix': 'text', nickname: 'text', 'organization-title': 'text', username: 'username',
  'new-password': 'password', 'current-password': 'password', 'one-time-code': 'password', organization: 'text',
  'street-address': 'multiline', 'address-line1': 'text', 'address-line2': 'text', 'address-line3': 'text',
  'address-level4': 'text', 'address-level3': 'text', 'address-level2': 'text', 'address-level1': 'text',
  country: 'text', 'country-name': 'text', 'postal-code': 'text', 'cc-name': 'text', 'cc-given-name': 'text',
  'cc-additional-name': 'text', 'cc-family-name': 'text', 'cc-number': 'text', 'cc-exp': 'month',
  'cc-exp-month': 'numeric', 'cc-exp-year': 'numeric', 'cc-csc': 'text', 'cc-type': 'text',
  'transaction-currency': 'text', 'transaction-amount': 'numeric', language: 'text', bday: 'date',
  'bday-day': 'numeric', 'bday-month': 'numeric', 'bday-year': 'numeric', sex: 'text', url: 'url', photo: 'url',
  tel: 'tel', 'tel-country-code': 'text', 'tel-national': 'text', 'tel-area-code': 'text', 'tel-local': 'text',
  'tel-local-prefix': 'text', 'tel-local-suffix': 'text', 'tel-extension': 'text', email: 'email', impp: 'url',
};
const CONTACT_FIELDS = new Set(['tel', 'tel-country-code', 'tel-national', 'tel-area-code', 'tel-local', 'tel-local-prefix', 'tel-local-suffix', 'tel-extension', 'email', 'impp']);
const CONTACT_KINDS = new Set(['home', 'work', 'mobile', 'fax', 'pager']);

/** Input types each group may be used on (every group may also be used on <textarea> and <select>). */
const INPUT_TYPES: Record<ControlGroup, readonly string[]> = {
  text: ['hidden', 'text', 'search'],
  multiline: ['hidden'],
  password: ['hidden', 'text', 'search', 'password'],
  url: ['hidden', 'text', 'search', 'url'],
  email: ['hidden', 'text', 'search', 'email'],
  tel: ['hidden', 'text', 'search', 'tel'],
  numeric: ['hidden', 'text', 'search', 'number'],
  month: ['hidden', 'text', 'search', 'month'],
  date: ['hidden', 'text', 'search', 'date'],
  username: ['hidden', 'text', 'search', 'email'],
};

export interface AutocompleteUse {
  /** `input`, `textarea` or `select`. */
  element: string;
  /** The input's type (lower case); empty for other elements. */
  type: string;
  value: string;
}

/** Why this `autocomplete` value is invalid on this control, or null when it is valid. */
export function autocompleteProblem({ element, type, value }: AutocompleteUse): string | null {
  const tokens = value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 1 && (tokens[0] === 'on' || tokens[0] === 'off')) return null;
  if (tokens.at(-1) === 'webauthn') tokens.pop();
  const field = tokens.pop();
  if (!field || !(field in FIELD_GROUPS)) return `"${value}": no autofill field name`;
  const kind = tokens.at(-1);
  if (kind && CONTACT_KINDS.has(kind)) {
    if (!CONTACT_FIELDS.has(field)) return `"${value}": "${kind}" only goes with a phone, e-mail or impp field`;
    tokens.pop();
  }
  if (tokens.at(-1) === 'shipping' || tokens.at(-1) === 'billing') tokens.pop();
  if (tokens.length > 0 && tokens[0]?.startsWith('section-')) tokens.shift();
  if (tokens.length > 0) return `"${value}": unexpected "${tokens.join(' ')}"`;
  if (element !== 'input') return null;
  const group = FIELD_GROUPS[field]!;
  return INPUT_TYPES[group].includes(type || 'text') ? null : `"${value}" is not valid on <input type=${type || 'text'}>`;
}
