import type { Core } from '@strapi/strapi';

export const READ_TOKEN_NAME = 'Stödportalen webb (endast läsning)';

type TokenRow = { id: number; accessKey: string; type: string };

/**
 * The web reads with a read-only API token whose secret comes from the environment
 * (CMS_READ_TOKEN), so the CMS and the web can be started together without a person copying a
 * token from the admin UI. Strapi stores only the salted hash; rotating the variable rotates the token.
 */
export async function ensureReadOnlyToken(strapi: Core.Strapi, accessKey: string | undefined): Promise<void> {
  if (!accessKey) {
    strapi.log.info('CMS_READ_TOKEN is not set: create a read-only API token in the admin panel for the web.');
    return;
  }
  const tokens = strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const hashed: string = tokens.hash(accessKey);
  const query = strapi.db.query('admin::api-token');
  let token: TokenRow | null = await query.findOne({ where: { name: READ_TOKEN_NAME } });
  if (!token) {
    token = (await tokens.create({
      name: READ_TOKEN_NAME,
      description: 'Används av den publika webbplatsen för att läsa publicerat innehåll.',
      type: 'read-only',
      kind: 'content-api',
      lifespan: null,
    })) as TokenRow;
  }
  if (token.type !== 'read-only') throw new Error(`API token "${READ_TOKEN_NAME}" must be read-only, found ${token.type}`);
  const stored: TokenRow | null = await query.findOne({ where: { id: token.id } });
  if (stored?.accessKey !== hashed) {
    await query.update({ where: { id: token.id }, data: { accessKey: hashed, encryptedKey: encryption.encrypt(accessKey) } });
  }
}
