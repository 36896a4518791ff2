import { intlLocale, type Locale } from '@dtr/ui';

export type { Locale };
/** The one locale → BCP 47 helper (`zh` → `zh-CN`), owned by @dtr/ui's formats; re-exported for `<html lang>` and links. */
export { intlLocale };

export const locales: readonly Locale[] = ['en', 'zh'];

/** `zh` as the first path segment selects Chinese; everything else is English. */
export function localeFromParam(param: string | undefined): Locale {
  return param === 'zh' ? 'zh' : 'en';
}

export function localeFromPath(pathname: string): Locale {
  return pathname === '/zh' || pathname.startsWith('/zh/') ? 'zh' : 'en';
}

/** Prefixes a root-relative path with the locale segment: `/embed/…` → `/zh/embed/…`. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'zh' ? `/zh${path}` : path;
}

/** The same page in the other locale, keeping the rest of the path, query and hash. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const bare = localeFromPath(pathname) === 'zh' ? pathname.slice(3) || '/' : pathname;
  return localePath(to, bare);
}

/** The locale the language switch offers from this one. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** The `lang` attribute for text in `text`'s language inside a page in `page`'s: set only where the two differ. */
export function foreignLang(o: { page: Locale; text: Locale }): string | undefined {
  return o.page === o.text ? undefined : intlLocale(o.text);
}
