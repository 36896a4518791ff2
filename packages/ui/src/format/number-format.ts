const cache = new Map<string, Intl.NumberFormat>();

/**
 * `new Intl.NumberFormat(tag, options)`, made once per distinct tag and options and reused: building one costs tens of
 * microseconds (ICU's locale data), and formatNumber built one per label and table cell: 38 ms of script time over one
 * scroll through the story (a Chromium profile, load about 2). Formatters are immutable, so sharing them changes no
 * output. Options are keyed by their JSON, in the order the caller writes them.
 */
export function numberFormat({ tag, options }: { tag: string; options: Intl.NumberFormatOptions }): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    cache.set(key, format);
  }
  return format;
}
