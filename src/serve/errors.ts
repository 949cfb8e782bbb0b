/**
 * The API's error bodies: one shape for every 4xx and 5xx, with a message a person can
 * act on ("limit: must be at most 200") and the problems one per parameter.
 */
import { z, type ZodError } from 'zod';

export const ErrorBody = z.object({
  error: z.string().describe('what went wrong, one line; for a bad request every problem as "parameter: problem", joined by "; "'),
  issues: z
    .array(z.object({ parameter: z.string(), message: z.string() }))
    .optional()
    .describe('for a bad request: each problem with the parameter it is about'),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

type Issue = ZodError['issues'][number];

/** Wording of one zod issue for someone who typed a URL, not for a programmer. */
function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${issue.maximum} characters` : `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'invalid_type':
      return issue.expected === 'int' || issue.expected === 'number' ? 'must be a whole number' : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return `must be ${issue.message}`;
    case 'unrecognized_keys':
      return 'is not a parameter of this route';
    default:
      return issue.message;
  }
}

/** The 400 body for a request whose parameters failed validation. */
export function badRequestBody(error: ZodError, raw: Record<string, string | undefined>): ErrorBody {
  const issues = error.issues.flatMap((issue) => {
    // An unknown parameter is reported under its own name, not under the object.
    const names = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.map(String).join('.') || 'request'];
    return names.map((parameter) => {
      const given = raw[parameter];
      const shown = given === undefined || issue.code === 'unrecognized_keys' ? '' : ` (got ${JSON.stringify(given.slice(0, 60))})`;
      return { parameter, message: describeIssue(issue) + shown };
    });
  });
  return { error: issues.map((i) => `${i.parameter}: ${i.message}`).join('; '), issues };
}
