// `<link rel="alternate">` tags that let browsers and feed readers find the feeds of a page.
import type { MetaDescriptor } from '@remix-run/node';
import { localePath, type Locale } from '../utils/i18n';

export function feedAlternates(locale: Locale, base: '/kalender' | '/kampanjer', title: string): MetaDescriptor[] {
  return [
    {
      tagName: 'link',
      rel: 'alternate',
      type: 'application/rss+xml',
      title,
      href: localePath(locale, `${base}/rss.xml`),
    },
    {
      tagName: 'link',
      rel: 'alternate',
      type: 'application/atom+xml',
      title,
      href: localePath(locale, `${base}/atom.xml`),
    },
  ];
}
