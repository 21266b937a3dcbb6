import type { StrapiApp } from '@strapi/strapi/admin';
import { watchPreviewFrames } from './preview-frame';
import { StockholmDateTimeInput } from './stockholm-datetime';
import { sv } from './sv';

/** Strapi keeps the editor's chosen interface language under this key (@strapi/admin reducer). */
const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

/**
 * The admin is in Swedish unless the editor has picked another language under Profile: Strapi
 * reads the stored language only when it renders, after `register`, so storing Swedish here makes
 * it the default. Swedish also gives the date pickers year-month-day and weeks starting on Monday
 * (they follow the interface locale).
 */
export function preferSwedish(storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  if (!storage.getItem(LANGUAGE_STORAGE_KEY)) storage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
}

export default {
  config: {
    locales: ['sv', 'en'],
    translations: {
      sv,
      en: {
        'app.components.LeftMenu.navbrand.title': 'Stödportalen',
        'app.components.LeftMenu.navbrand.workplace': 'Editing',
        'Auth.form.welcome.title': 'Welcome to Stödportalen',
        'Auth.form.welcome.subtitle': 'Log in with your account',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    preferSwedish(window.localStorage);
    // Times in Swedish time whatever the editor's computer zone (stockholm-datetime.tsx).
    app.addFields({ type: 'datetime', Component: StockholmDateTimeInput });
  },
  bootstrap(_app: StrapiApp) {
    watchPreviewFrames(window);
  },
};
