import type { ResponsiveImage } from '../models/image';

/** The content column is at most 48rem wide (site-shell.tsx), with 1rem of padding on each side below that. */
export const CONTENT_WIDTH_SIZES = '(min-width: 50rem) 48rem, calc(100vw - 2rem)';

/**
 * A CMS image with `srcset` and `sizes` (the browser picks the file for the width shown), width and
 * height (the space is kept before it loads: no layout shift) and async decoding. `priority` for an
 * image at the top of the page (loaded at once); others load lazily.
 */
export function ResponsiveImg({ image, sizes = CONTENT_WIDTH_SIZES, priority = false, className }: { image: ResponsiveImage; sizes?: string; priority?: boolean; className?: string }) {
  return (
    <img
      src={image.src}
      srcSet={image.srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      className={`h-auto max-w-full ${className ?? ''}`.trim()}
    />
  );
}
