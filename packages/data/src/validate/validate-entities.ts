import { DataError } from '../errors/data-error.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks entities/countries.json and entities/bri.json; returns the set of country codes for cross-checks. */
export function validateEntities(countries: unknown, bri: unknown): { errors: DataError[]; codes: Set<string> } {
  const errors: DataError[] = [];
  const codes = new Set<string>();
  const list = (countries as { entities?: unknown })?.entities;
  if (!Array.isArray(list))
    errors.push(
      new DataError({ file: 'entities/countries.json', column: 'entities', expected: 'an array', got: typeof list })
    );
  else
    list.forEach((entity: Record<string, unknown>, i: number) => {
      const file = 'entities/countries.json';
      const code = String(entity?.code);
      if (codes.has(code))
        errors.push(new DataError({ file, column: `entities[${i}].code`, expected: 'a unique code', got: code }));
      codes.add(code);
      const name = entity?.name as Record<string, unknown> | undefined;
      for (const locale of ['en', 'zh']) {
        const text = name?.[locale];
        if (typeof text !== 'string' || text.trim() === '' || text.includes('\ufffd'))
          errors.push(
            new DataError({
              file,
              column: `entities[${i}].name.${locale} (${code})`,
              expected: 'a correctly encoded name',
              got: JSON.stringify(text) ?? 'nothing'
            })
          );
      }
      if (entity?.kind !== 'economy' && entity?.kind !== 'aggregate')
        errors.push(
          new DataError({
            file,
            column: `entities[${i}].kind`,
            expected: 'economy | aggregate',
            got: JSON.stringify(entity?.kind)
          })
        );
    });
  const members = (bri as { members?: unknown })?.members;
  if (bri !== undefined) {
    const file = 'entities/bri.json';
    if (!Array.isArray(members))
      errors.push(new DataError({ file, column: 'members', expected: 'an array', got: typeof members }));
    else
      members.forEach((m: Record<string, unknown>, i: number) => {
        if (!codes.has(String(m?.code)))
          errors.push(
            new DataError({
              file,
              column: `members[${i}].code`,
              expected: 'a code in entities/countries.json',
              got: JSON.stringify(m?.code)
            })
          );
        for (const field of ['joined', 'exited']) {
          const v = m?.[field];
          if (v !== null && (typeof v !== 'string' || !ISO_DATE.test(v)))
            errors.push(
              new DataError({
                file,
                column: `members[${i}].${field}`,
                expected: 'an ISO date or null',
                got: JSON.stringify(v)
              })
            );
        }
      });
  }
  return { errors, codes };
}
