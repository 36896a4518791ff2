import type { ParamMatcher } from '@sveltejs/kit';

/**
 * An edition year. Deliberately not the list of editions: the matcher is client code, and a list would change every
 * page's JavaScript when a new edition ships.
 */
export const match: ParamMatcher = (param) => /^\d{4}$/.test(param);
