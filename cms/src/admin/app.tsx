import type { StrapiApp } from '@strapi/strapi/admin';
import { INBOX_PERMISSION } from '../moderation/inbox-permission';
import { Bell } from '@strapi/icons';
import { inboxTexts } from './inbox-texts';
import { watchPreviewFrames } from './preview-frame';
import { StockholmDateTimeInput } from './stockholm-datetime';
import { sv } from './sv';

/** The moderation inbox's page: /admin/granskning. */
const INBOX_PATH = 'granskning';

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
      sv: { ...sv, ...inboxTexts.sv },
      en: {
        ...inboxTexts.en,
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
    // The moderation inbox (src/moderation/inbox.ts): for those who may publish events, from the
    // main menu and from the home page.
    const permissions = [{ action: INBOX_PERMISSION.action, subject: INBOX_PERMISSION.subject }];
    app.addMenuLink({
      to: INBOX_PATH,
      icon: Bell,
      intlLabel: { id: 'stodportalen.inbox.menu', defaultMessage: inboxTexts.sv['stodportalen.inbox.menu'] },
      permissions: permissions as Parameters<StrapiApp['addMenuLink']>[0]['permissions'],
      position: 2,
      Component: () => import('./moderation-inbox'),
    });
    app.widgets.register({
      id: 'moderation-inbox',
      icon: Bell,
      title: { id: 'stodportalen.inbox.widget.title', defaultMessage: inboxTexts.sv['stodportalen.inbox.widget.title'] },
      link: { label: { id: 'stodportalen.inbox.widget.link', defaultMessage: inboxTexts.sv['stodportalen.inbox.widget.link'] }, href: `/${INBOX_PATH}` },
      component: () => import('./moderation-inbox').then((module) => module.InboxWidget),
      permissions,
    });
    // Times in Swedish time whatever the editor's computer zone (stockholm-datetime.tsx).
    app.addFields({ type: 'datetime', Component: StockholmDateTimeInput });
  },
  bootstrap(_app: StrapiApp) {
    watchPreviewFrames(window);
  },
};
