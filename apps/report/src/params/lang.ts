import type { ParamMatcher } from '@sveltejs/kit';

/** The optional first path segment: absent = English, `zh` = Chinese. */
export const match: ParamMatcher = (param) => param === 'zh';
