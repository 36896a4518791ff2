import { describe, expect, it } from 'vitest';
import { intlLocale, localeFromParam, localeFromPath, localePath, switchLocalePath } from './locale';

describe('locale', () => {
  it('reads the locale from the optional first path segment', () => {
    expect(localeFromParam(undefined)).toBe('en');
    expect(localeFromParam('zh')).toBe('zh');
    expect(localeFromPath('/zh/')).toBe('zh');
    expect(localeFromPath('/zh')).toBe('zh');
    expect(localeFromPath('/zhx/')).toBe('en');
    expect(localeFromPath('/embed/2026/x/')).toBe('en');
  });
  it('maps locales to BCP 47 tags for <html lang>', () => {
    expect(intlLocale('zh')).toBe('zh-CN');
    expect(intlLocale('en')).toBe('en');
  });
  it('switches locale keeping the rest of the path', () => {
    expect(localePath('zh', '/embed/2026/a/')).toBe('/zh/embed/2026/a/');
    expect(switchLocalePath('/zh/embed/2026/a/', 'en')).toBe('/embed/2026/a/');
    expect(switchLocalePath('/', 'zh')).toBe('/zh/');
    expect(switchLocalePath('/zh/', 'en')).toBe('/');
  });
});
