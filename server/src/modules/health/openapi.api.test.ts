import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';

interface Response {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
}
type Operation = { responses?: Record<string, Response> };
type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

/** Statuses answered without a body. */
const EMPTY = new Set(['204', '302', '304']);
/** What every API operation can be refused with, and fail with, in the one error body. */
const API_ERRORS = ['400', '401', '403', '404', '422', '500'];

const hasSchema = (r: Response | undefined) =>
  Object.values(r?.content ?? {}).some((c) => c.schema !== undefined && c.schema !== null);

/** What is missing from the document for one operation: its name, then each gap. */
function gaps(path: string, method: string, op: Operation): string[] {
  const name = `${method.toUpperCase()} ${path}`;
  const responses = op.responses ?? {};
  const statuses = Object.keys(responses);
  const problems: string[] = [];
  const successes = statuses.filter((s) => /^[23]/.test(s));
  if (!successes.some((s) => EMPTY.has(s) || hasSchema(responses[s])))
    problems.push(`${name}: no success-response schema`);
  for (const s of successes)
    if (!EMPTY.has(s) && !hasSchema(responses[s])) problems.push(`${name}: ${s} has no schema`);
  if (path.startsWith('/api/')) {
    for (const s of API_ERRORS) {
      const content = responses[s]?.content?.['application/json']?.schema as { $ref?: string } | undefined;
      if (content?.$ref !== '#/components/schemas/ErrorBody')
        problems.push(`${name}: ${s} is not the ErrorBody`);
    }
  } else if (!statuses.some((s) => /^[45]/.test(s) && hasSchema(responses[s]))) {
    problems.push(`${name}: no error-response schema`);
  }
  return problems;
}

let t: TestApp;
let spec: Spec;
beforeAll(async () => {
  t = await buildTestApp();
  spec = (await t.app.inject('/openapi.json')).json();
});
afterAll(async () => t?.close());

describe('the OpenAPI document', () => {
  it('gives every operation a schema for its answer and the error statuses', () => {
    const operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(90);
    expect(operations.flatMap(({ path, method, op }) => gaps(path, method, op))).toEqual([]);
  });

  it('publishes the one error body', () => {
    expect(spec.components.schemas.ErrorBody).toMatchObject({
      type: 'object',
      properties: {
        error: {
          required: expect.arrayContaining(['code', 'message', 'correlationId']),
          properties: {
            code: expect.anything(),
            message: expect.anything(),
            field: expect.anything(),
            details: expect.anything(),
            correlationId: expect.anything(),
          },
        },
      },
    });
  });
});
