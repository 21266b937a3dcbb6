// The image a link to a page shows when it is shared (og:image, twitter:image).
import type { ResponsiveImage } from '../models/image';

/** The neutral default in web/public, drawn by scripts/share-image.mjs (no third-party asset). */
export const DEFAULT_SHARE_IMAGE = { path: '/share-default.png', width: 1200, height: 630, type: 'image/png' } as const;

export interface ShareImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  /** Known only for the default; a CMS image's type shows in its URL. */
  type: string | null;
}

/**
 * The page's own image when it has one, else the editors' default share image (site settings),
 * else the one shipped with the portal. Images are served from this origin (`/uploads/…`), so
 * every URL is made absolute with the portal's public origin, never with a request header.
 */
export function shareImage(
  own: ResponsiveImage | null | undefined,
  settingsDefault: ResponsiveImage | null | undefined,
  { origin, defaultAlt }: { origin: string; defaultAlt: string },
): ShareImage {
  const chosen = own ?? settingsDefault;
  if (chosen) return { url: absoluteUrl(origin, chosen.src), width: chosen.width, height: chosen.height, alt: chosen.alt, type: null };
  return { url: absoluteUrl(origin, DEFAULT_SHARE_IMAGE.path), width: DEFAULT_SHARE_IMAGE.width, height: DEFAULT_SHARE_IMAGE.height, alt: defaultAlt, type: DEFAULT_SHARE_IMAGE.type };
}

/** A path on this site as an absolute URL; an absolute URL stays as it is. */
export function absoluteUrl(origin: string, path: string): string {
  return origin ? new URL(path, `${origin}/`).href : path;
}
