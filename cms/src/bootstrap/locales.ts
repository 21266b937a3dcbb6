import type { Core } from '@strapi/strapi';

export const LOCALES = [
  { code: 'sv', name: 'Svenska (sv)' },
  { code: 'en', name: 'English (en)' },
] as const;
export const DEFAULT_LOCALE = 'sv';

/** Swedish is the default locale, English the second; editors may add more (e.g. Arabic). */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await locales.find();
  for (const locale of LOCALES) {
    if (!existing.some((l) => l.code === locale.code)) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
