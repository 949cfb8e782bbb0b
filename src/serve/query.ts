/**
 * How the API reads a query string with the shared query schemas of src/model/views.ts:
 * a parameter the route does not know is an error, so a typo never silently widens a search.
 * (Date bounds are checked by the model's `IsoDate`: a day the calendar does not have is a 400.)
 */
import type { z } from 'zod';

export function apiQuery<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  return schema.strict();
}
