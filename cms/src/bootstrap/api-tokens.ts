import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../public-content-types';

export const READ_TOKEN_NAME = 'Stödportalen webb (endast läsning)';
export const SUBMISSION_TOKEN_NAME = 'Stödportalen webb (tips om evenemang)';
/** The one action the submission token may do (the custom route in api/event/routes/event-submission.ts). */
export const SUBMISSION_ACTION = 'api::event.event-submission.create';
/** Whether the CMS sends mail, asked by the tip form before it promises one (same route file). */
export const SUBMISSION_STATUS_ACTION = 'api::event.event-submission.status';
/** The accessibility statement's feedback form (api/accessibility-report/routes/accessibility-report-submission.ts). */
export const ACCESSIBILITY_REPORT_ACTION = 'api::accessibility-report.accessibility-report-submission.create';
/** Counts of searches that found nothing (api/search-miss/routes/search-miss-record.ts). */
export const SEARCH_MISS_ACTION = 'api::search-miss.search-miss-record.create';

type TokenRow = { id: number; accessKey: string; type: string; permissions?: { action: string }[] };
type TokenSpec = { name: string; description: string; type: 'read-only' | 'custom'; permissions?: string[] };

function samePermissions(row: TokenRow, wanted: readonly string[] | undefined): boolean {
  const actions = (row.permissions ?? []).map((permission) => permission.action).sort();
  return JSON.stringify(actions) === JSON.stringify([...(wanted ?? [])].sort());
}

/**
 * A content-API token whose secret comes from the environment, so the CMS and the web can be
 * started together without a person copying a token from the admin UI. Strapi stores only the
 * salted hash; rotating the variable rotates the token. A token whose type or permissions were
 * changed in the admin UI is made again as specified.
 */
async function ensureToken(strapi: Core.Strapi, spec: TokenSpec, accessKey: string): Promise<void> {
  const tokens = strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const hashed: string = tokens.hash(accessKey);
  const query = strapi.db.query('admin::api-token');
  let token: TokenRow | null = await query.findOne({ where: { name: spec.name }, populate: ['permissions'] });
  if (token && (token.type !== spec.type || !samePermissions(token, spec.permissions))) {
    await tokens.revoke(token.id);
    token = null;
  }
  token ??= (await tokens.create({
    name: spec.name,
    description: spec.description,
    type: spec.type,
    kind: 'content-api',
    lifespan: null,
    ...(spec.permissions ? { permissions: spec.permissions } : {}),
  })) as TokenRow;
  if (token.type !== spec.type) throw new Error(`API token "${spec.name}" must be ${spec.type}, found ${token.type}`);
  const stored: TokenRow | null = await query.findOne({ where: { id: token.id } });
  if (stored?.accessKey !== hashed) {
    await query.update({ where: { id: token.id }, data: { accessKey: hashed, encryptedKey: encryption.encrypt(accessKey) } });
  }
}

/**
 * find/findOne of the portal's public types, and nothing else. (Strapi's own `read-only` token type
 * may call every find of the content API, the media library's file list among them: the web's
 * token is a `custom` one limited to what the portal shows; tests/integration/authorization-matrix.test.ts.)
 */
export function readTokenActions(strapi: Core.Strapi): string[] {
  return PUBLIC_CONTENT_TYPES.flatMap((uid) => (strapi.contentType(uid).kind === 'singleType' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`]));
}

/** A `custom` token with exactly `permissions`, when its access key is set; otherwise `whenUnset` is logged. */
async function ensureCustomToken(strapi: Core.Strapi, accessKey: string | undefined, spec: Omit<TokenSpec, 'type'>, whenUnset: string): Promise<void> {
  if (!accessKey) {
    strapi.log.info(whenUnset);
    return;
  }
  await ensureToken(strapi, { ...spec, type: 'custom' }, accessKey);
}

/** The web reads published content with a read-only token (CMS_READ_TOKEN). */
export async function ensureReadOnlyToken(strapi: Core.Strapi, accessKey: string | undefined): Promise<void> {
  await ensureCustomToken(
    strapi,
    accessKey,
    { name: READ_TOKEN_NAME, description: 'Används av den publika webbplatsen för att läsa publicerat innehåll.', permissions: readTokenActions(strapi) },
    'CMS_READ_TOKEN is not set: create a read-only API token in the admin panel for the web.',
  );
}

/**
 * The web sends partners' event tips with a token that can do nothing else (CMS_SUBMISSION_TOKEN):
 * a `custom` token whose only permissions are the submission routes (and whether mail is on).
 */
export async function ensureSubmissionToken(strapi: Core.Strapi, accessKey: string | undefined): Promise<void> {
  await ensureCustomToken(
    strapi,
    accessKey,
    {
      name: SUBMISSION_TOKEN_NAME,
      description: 'Används av den publika webbplatsen för att skicka in tips om evenemang (utkast som granskas), synpunkter på tillgängligheten och antal sökningar utan träff.',
      permissions: [SUBMISSION_ACTION, SUBMISSION_STATUS_ACTION, ACCESSIBILITY_REPORT_ACTION, SEARCH_MISS_ACTION],
    },
    'CMS_SUBMISSION_TOKEN is not set: the portal cannot send event tips until it is.',
  );
}
