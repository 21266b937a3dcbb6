import { describe, expect, it } from 'vitest';
import { toResponsiveImage } from './image';

const formats = {
  thumbnail: { url: '/uploads/thumbnail_hamn_abc.jpg', width: 234, height: 156 },
  small: { url: '/uploads/small_hamn_abc.jpg', width: 500, height: 333 },
  large: { url: '/uploads/large_hamn_abc.jpg', width: 1000, height: 667 },
  medium: { url: '/uploads/medium_hamn_abc.jpg', width: 750, height: 500 },
};

describe('toResponsiveImage', () => {
  it('lists Strapi’s sizes smallest first, then the original, without the thumbnail', () => {
    expect(toResponsiveImage({ url: '/uploads/hamn_abc.jpg', alternativeText: ' Hamnen i Karlskoga ', width: 1200, height: 800, formats })).toEqual({
      src: '/uploads/hamn_abc.jpg',
      srcSet: '/uploads/small_hamn_abc.jpg 500w, /uploads/medium_hamn_abc.jpg 750w, /uploads/large_hamn_abc.jpg 1000w, /uploads/hamn_abc.jpg 1200w',
      width: 1200,
      height: 800,
      alt: 'Hamnen i Karlskoga',
    });
  });

  it('works for a small image with no sizes of its own', () => {
    expect(toResponsiveImage({ url: '/uploads/ikon_1.png', alternativeText: 'Ikon', width: 64, height: 64, formats: null })?.srcSet).toBe('/uploads/ikon_1.png 64w');
  });

  it('shows no image without alternative text, from another host, or of an unknown shape', () => {
    expect(toResponsiveImage({ url: '/uploads/hamn_abc.jpg', alternativeText: '  ', width: 1200, height: 800, formats })).toBeNull();
    expect(toResponsiveImage({ url: 'https://bucket.example.org/hamn_abc.jpg', alternativeText: 'Hamnen', width: 1200, height: 800 })).toBeNull();
    expect(toResponsiveImage({ url: '/uploads/../admin', alternativeText: 'x', width: 1, height: 1 })).toBeNull();
    expect(toResponsiveImage({ url: '/uploads/a.jpg', alternativeText: 'x' })).toBeNull();
    expect(toResponsiveImage(null)).toBeNull();
    // A size on another host is left out, the rest stays.
    const mixed = { ...formats, small: { url: 'https://elsewhere.example/small.jpg', width: 500, height: 333 } };
    expect(toResponsiveImage({ url: '/uploads/hamn_abc.jpg', alternativeText: 'Hamnen', width: 1200, height: 800, formats: mixed })?.srcSet).not.toContain('elsewhere');
  });
});
