import { describe, expect, it } from 'vitest';
import type { ResponsiveImage } from '../models/image';
import { pageMeta } from './meta';
import { shareImage } from './share-image';

const origin = 'https://stod.example';
const matches = (site: Record<string, unknown> = {}) => [{ id: 'root', data: { origin, site } }];
const own: ResponsiveImage = { src: '/uploads/affisch.png', srcSet: '/uploads/affisch.png 1200w', width: 1200, height: 800, alt: 'Affisch' };
const editorsDefault: ResponsiveImage = { src: '/uploads/standard.png', srcSet: '', width: 1200, height: 630, alt: 'Kommunens bild' };

function tag(tags: ReturnType<typeof pageMeta>, key: string): unknown {
  const found = tags.find((descriptor) => ('property' in descriptor && descriptor.property === key) || ('name' in descriptor && descriptor.name === key));
  return found && 'content' in found ? found.content : undefined;
}

describe('shareImage', () => {
  it('takes the page’s own image, else the editors’ default, else the shipped one, always absolute', () => {
    const options = { origin, defaultAlt: 'Stödportalen' };
    expect(shareImage(own, editorsDefault, options)).toEqual({ url: `${origin}/uploads/affisch.png`, width: 1200, height: 800, alt: 'Affisch', type: null });
    expect(shareImage(null, editorsDefault, options).url).toBe(`${origin}/uploads/standard.png`);
    expect(shareImage(undefined, null, options)).toEqual({ url: `${origin}/share-default.png`, width: 1200, height: 630, alt: 'Stödportalen', type: 'image/png' });
  });
});

describe('pageMeta', () => {
  it('gives Open Graph and Twitter card tags with the share image', () => {
    const tags = pageMeta({ title: 'Bris', location: { pathname: '/stod/bris' }, matches: matches(), image: own });
    expect(tag(tags, 'og:image')).toBe(`${origin}/uploads/affisch.png`);
    expect(tag(tags, 'og:image:alt')).toBe('Affisch');
    expect(tag(tags, 'twitter:card')).toBe('summary_large_image');
    expect(tag(tags, 'twitter:image')).toBe(`${origin}/uploads/affisch.png`);
    expect(tag(tags, 'og:url')).toBe(`${origin}/stod/bris`);
    expect(tag(tags, 'og:locale')).toBe('sv_SE');
  });

  it('uses the editors’ default share image from the site settings when the page has none', () => {
    const tags = pageMeta({ title: 'Start', location: { pathname: '/' }, matches: matches({ shareImage: editorsDefault }) });
    expect(tag(tags, 'og:image')).toBe(`${origin}/uploads/standard.png`);
    expect(tag(tags, 'og:image:alt')).toBe('Kommunens bild');
  });

  it('names every locale as an alternate for a translated page', () => {
    const tags = pageMeta({ title: 'Get help', location: { pathname: '/en/unga/fa-hjalp' }, matches: matches(), contentLocale: 'en' });
    const links = tags.filter((descriptor) => 'tagName' in descriptor && descriptor.tagName === 'link');
    expect(links).toEqual([
      { tagName: 'link', rel: 'canonical', href: `${origin}/en/unga/fa-hjalp` },
      { tagName: 'link', rel: 'alternate', hrefLang: 'sv', href: `${origin}/unga/fa-hjalp` },
      { tagName: 'link', rel: 'alternate', hrefLang: 'en', href: `${origin}/en/unga/fa-hjalp` },
      { tagName: 'link', rel: 'alternate', hrefLang: 'x-default', href: `${origin}/unga/fa-hjalp` },
    ]);
  });

  it('an /en page showing Swedish text points to the Swedish page and declares no English alternate', () => {
    const tags = pageMeta({ title: 'Det är inte okej', location: { pathname: '/en/unga/det-ar-inte-okej' }, matches: matches(), contentLocale: 'sv' });
    const links = tags.filter((descriptor) => 'tagName' in descriptor && descriptor.tagName === 'link');
    expect(links).toEqual([
      { tagName: 'link', rel: 'canonical', href: `${origin}/unga/det-ar-inte-okej` },
      { tagName: 'link', rel: 'alternate', hrefLang: 'sv', href: `${origin}/unga/det-ar-inte-okej` },
      { tagName: 'link', rel: 'alternate', hrefLang: 'x-default', href: `${origin}/unga/det-ar-inte-okej` },
    ]);
    expect(tag(tags, 'og:url')).toBe(`${origin}/unga/det-ar-inte-okej`);
    expect(tag(tags, 'og:locale')).toBe('sv_SE');
  });

  it('a Swedish page without an English version names only Swedish', () => {
    const tags = pageMeta({ title: 'Handlingsplan', location: { pathname: '/handlingsplan' }, matches: matches(), contentLocale: 'sv', translations: ['sv'] });
    expect(tags.some((descriptor) => 'hrefLang' in descriptor && descriptor.hrefLang === 'en')).toBe(false);
  });

  it('puts structured data in ld+json descriptors', () => {
    const data = { '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: 'Karlskoga kommun' } as const;
    const tags = pageMeta({ title: 'Start', location: { pathname: '/' }, matches: matches(), structuredData: [data] });
    expect(tags).toContainEqual({ 'script:ld+json': data });
  });
});
