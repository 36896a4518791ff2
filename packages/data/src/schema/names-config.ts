import { z } from 'zod';

const codes = z.record(z.string(), z.string());

/**
 * `editions/<year>/config/names.data-trade.json`: the publishers' names → ISO3 (and other codes) the readers use:
 * TeleGeography countries and the areas (Hong Kong, Macao) given by location, TOP500 countries, ITU regions, WTO
 * parties and blocs.
 */
export const namesConfigSchema = z.strictObject({
  telegeography: z.strictObject({
    countryOverrides: codes,
    areas: z.array(
      z.strictObject({
        code: z.string(),
        within: z.string(),
        lon: z.tuple([z.number(), z.number()]),
        lat: z.tuple([z.number(), z.number()]),
        note: z.string().optional()
      })
    )
  }),
  top500: z.strictObject({ countryOverrides: codes }),
  itu: z.strictObject({ regions: codes }),
  wto: z.strictObject({ countryOverrides: codes, blocs: z.record(z.string(), z.number()) })
});

export type NamesConfig = z.infer<typeof namesConfigSchema>;
