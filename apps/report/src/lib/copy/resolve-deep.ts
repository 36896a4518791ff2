import { resolveText, type RefLookup } from './resolve';

/** Resolves the references in every string of a copy object; `where` names the file for error messages. */
export function resolveDeep<T>(value: T, lookup: RefLookup, where: string): T {
  if (typeof value === 'string') return resolveText(value, lookup, where) as T;
  if (Array.isArray(value)) return value.map((v, i) => resolveDeep(v, lookup, `${where}[${i}]`)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, lookup, `${where}.${k}`)])) as T;
  }
  return value;
}
