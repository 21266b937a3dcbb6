// An image from Strapi's media library as the portal shows it: the original and the sizes Strapi
// made of it (`formats`), for `srcset`, with width, height and alternative text.
import { z } from 'zod';

export type ResponsiveImage = {
  /** The largest size, for `src`. */
  src: string;
  /** `url widthw`, smallest first. */
  srcSet: string;
  width: number;
  height: number;
  alt: string;
};

const size = z.object({ url: z.string(), width: z.number().int().positive(), height: z.number().int().positive() });

/** Strapi's media fields (REST or GraphQL: `formats` is JSON in both). */
export const strapiImageSchema = size.extend({
  alternativeText: z.string().nullish(),
  formats: z.record(z.string(), z.unknown()).nullish(),
});

export type StrapiImage = z.infer<typeof strapiImageSchema>;

/**
 * Only files the CMS stores itself (`/uploads/…`, which the web serves from the CMS: server/uploads.ts)
 * are shown: the CSP allows images from this origin only, and no third-party host gets a visitor's
 * request. Strapi's `thumbnail` is left out (a cropped-looking 245 px preview for the admin).
 */
export function toResponsiveImage(media: unknown): ResponsiveImage | null {
  const parsed = strapiImageSchema.safeParse(media);
  if (!parsed.success) return null;
  const image = parsed.data;
  const alt = image.alternativeText?.trim() ?? '';
  if (!isLocalUpload(image.url) || alt === '') return null;
  const sizes = Object.entries(image.formats ?? {})
    .filter(([name]) => name !== 'thumbnail')
    .map(([, format]) => size.safeParse(format))
    .flatMap((result) => (result.success && isLocalUpload(result.data.url) && result.data.width < image.width ? [result.data] : []));
  const candidates = [...sizes, { url: image.url, width: image.width, height: image.height }].sort((a, b) => a.width - b.width);
  const unique = candidates.filter((candidate, index) => candidates.findIndex((other) => other.width === candidate.width) === index);
  return {
    src: encodeURI(image.url),
    srcSet: unique.map((candidate) => `${encodeURI(candidate.url)} ${candidate.width}w`).join(', '),
    width: image.width,
    height: image.height,
    alt,
  };
}

function isLocalUpload(url: string): boolean {
  return /^\/uploads\/[^/?#\\]+$/.test(url);
}
