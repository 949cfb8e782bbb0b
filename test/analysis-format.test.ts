/**
 * The analysis format (../shared/spec/analysis-format.md) as a contract: the JSON Schema
 * derived from the model has every field the spec names, and real output validates
 * against it.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysisJsonSchema } from '../src/model/index.js';
import { builtCliExists, jsonLines, runCli } from './helpers/cli.js';

const SPEC_FIELDS = ['id', 'source', 'outlet', 'title', 'published', 'dateline', 'language', 'text', 'entities', 'times', 'events', 'quotes', 'claims'];
const NESTED_FIELDS: Record<string, string[]> = {
  entities: ['id', 'name', 'type', 'aliases', 'roles', 'country', 'mentions'],
  times: ['start', 'end', 'text', 'type', 'value', 'grain'],
  events: ['type', 'mode', 'cameo', 'source', 'target', 'date', 'location', 'negated', 'evidence'],
  quotes: ['text', 'direct', 'speaker', 'speakerText', 'start', 'end'],
  claims: ['kind', 'value', 'qualifier', 'who', 'where', 'attribution', 'asOf', 'evidence'],
};

interface ObjectSchema {
  required?: string[];
  properties?: Record<string, { items?: ObjectSchema }>;
}

beforeAll(() => {
  if (!builtCliExists()) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
});

describe('analysis format', () => {
  const schema = analysisJsonSchema() as ObjectSchema;

  it('requires every field the spec names, at every level', () => {
    expect(schema.required).toEqual(expect.arrayContaining(SPEC_FIELDS));
    for (const [field, names] of Object.entries(NESTED_FIELDS)) {
      expect(schema.properties?.[field]?.items?.required, field).toEqual(expect.arrayContaining(names));
    }
  });

  it('validates real output of every input format', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(analysisJsonSchema());
    const result = runCli(['analyze', 'test/fixtures', '--no-progress']);
    const docs = jsonLines(result.stdout);
    expect(docs.length).toBeGreaterThan(2);
    for (const doc of docs) {
      const ok = validate(doc);
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects a document with a missing key or a malformed date', () => {
    const validate = new Ajv2020({ strict: false }).compile(analysisJsonSchema());
    const good = jsonLines(runCli(['analyze', 'test/fixtures/cli/mixed/harbour-strike.html', '--no-progress']).stdout)[0] as Record<string, unknown>;
    expect(validate(good)).toBe(true);
    const { claims: _claims, ...missing } = good;
    expect(validate(missing)).toBe(false);
    expect(validate({ ...good, published: '21/02/2025' })).toBe(false);
  });
});
