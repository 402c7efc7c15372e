import { type Static, type TSchema, Type } from 'typebox';

/** Pieces every module's contract uses: the one error body, the standard error statuses, non-JSON answers. */

/** The one error body (server/src/errors.ts). The documented answer of every 4xx/5xx. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine-readable id, e.g. validation_failed' }),
      message: Type.String({ description: 'What went wrong and what to do about it' }),
      field: Type.Optional(Type.String({ description: 'The input field that was wrong, when there is one' })),
      details: Type.Optional(
        Type.Object(
          {},
          {
            additionalProperties: true,
            description: 'What exactly is missing or blocking (e.g. the checklist shortfall), when known',
          },
        ),
      ),
      correlationId: Type.String({ description: 'Quote this id when reporting a problem' }),
    }),
  },
  { $id: 'ErrorBody' },
);
export type ErrorBody = Static<typeof ErrorBody>;

const ErrorRef = Type.Ref('ErrorBody');

/** Standard error responses for route schemas: `response: { 200: X, ...errorResponses }`. */
export const errorResponses = {
  400: ErrorRef,
  401: ErrorRef,
  403: ErrorRef,
  404: ErrorRef,
  422: ErrorRef,
};

/** The standard statuses plus 409 (a conflict with the state of what is changed). */
export const withConflict = { ...errorResponses, 409: ErrorRef };

/** The statuses every API operation can answer with, whatever the route: asked for in the OpenAPI check. */
export const STANDARD_ERROR_STATUSES = ['400', '401', '403', '404', '422'] as const;

/** The error body, for statuses a route adds to the standard ones (409, 413, 429, 503). */
export const errorResponse = ErrorRef;

/** An answer with no body (204, 304). */
export const NoBody = Type.Null({ description: 'No body' });

/** A file or stream answered as it is (PDF, image, workbook): bytes, named by their content type. */
export const Binary = (contentType: string, description?: string) =>
  Type.Unsafe<unknown>({
    type: 'string',
    format: 'binary',
    contentMediaType: contentType,
    description: description ?? contentType,
  });

/** A text answer that is not JSON (CSV, XML, Server-Sent Events). */
export const Text = (contentType: string, description?: string) =>
  Type.Unsafe<string>({
    type: 'string',
    contentMediaType: contentType,
    description: description ?? contentType,
  });

/** One status answered in several content types: `200: byContentType({'application/json': X, 'text/csv': …})`. */
export const byContentType = (content: Record<string, TSchema>, description?: string) => ({
  ...(description ? { description } : {}),
  content: Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema }])),
});

/**
 * What a time may be when it is handed to the serialiser. On the wire a time is always an ISO 8601 string; the
 * server adds `Date` here (declaration merging, in its own program only) because the serialiser writes a Date as
 * that string. The web sees strings alone.
 */
export interface TimeForms {
  wire: string;
}

/** A point in time, ISO 8601 (date-time). */
export const Time = Type.Unsafe<TimeForms[keyof TimeForms]>({ type: 'string', format: 'date-time' });
export const NullableTime = Type.Union([Time, Type.Null()]);

/** A text in both languages, as the server writes routing reasons and notices. */
export const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });
export type Bilingual = Static<typeof Bilingual>;

/** A named area: its division code and name. */
export const AreaRef = Type.Object({ code: Type.String(), name: Type.String() });
export type AreaRef = Static<typeof AreaRef>;

/** Every level that contains a point, from the district down to the micro-grid. */
export const Located = Type.Object({
  district: AreaRef,
  street: AreaRef,
  community: AreaRef,
  grid: AreaRef,
  microGrid: AreaRef,
});
export type Located = Static<typeof Located>;
