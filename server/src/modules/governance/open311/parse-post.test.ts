import { describe, expect, it } from 'vitest';
import { open311Error } from './errors.ts';
import { buildAttribute, buildDefinition, buildService } from './open311.factories.ts';
import { type FormBody, formValue, type PostRequestContext, parsePostRequest } from './parse-post.ts';
import type { ServiceDefinition } from './types.ts';

const definition: ServiceDefinition = buildDefinition({
  attributes: [
    buildAttribute(),
    buildAttribute({ code: 'POLE_NO', datatype: 'string', required: false, order: 2, values: [] }),
    buildAttribute({
      code: 'NEARBY',
      datatype: 'multivaluelist',
      required: false,
      order: 3,
      values: [
        { key: 'school', name: '学校' },
        { key: 'market', name: '市场' },
        { key: 'bus', name: '公交站' },
      ],
    }),
    buildAttribute({ code: 'HEIGHT_M', datatype: 'number', required: false, order: 4, values: [] }),
    buildAttribute({ code: 'SINCE', datatype: 'datetime', required: false, order: 5, values: [] }),
    buildAttribute({ code: 'NOTE', datatype: 'text', required: false, order: 6, values: [] }),
    buildAttribute({
      code: 'HINT',
      datatype: 'string',
      variable: false,
      required: false,
      order: 7,
      values: [],
    }),
  ],
});

const context = (overrides: Partial<PostRequestContext> = {}): PostRequestContext => ({
  findService: (code) =>
    code === 'SZ-001'
      ? { service: buildService(), definition }
      : code === 'SZ-009'
        ? { service: buildService({ service_code: 'SZ-009', metadata: false }), definition: null }
        : undefined,
  ...overrides,
});

const body = (overrides: Record<string, unknown> = {}): FormBody => ({
  api_key: 'k-123',
  service_code: 'SZ-001',
  lat: '23.0215',
  long: '113.1214',
  'attribute[LAMP_STATE]': 'dark',
  ...overrides,
});

/** The error descriptions of a rejected body, after checking its status. */
function rejected(result: ReturnType<typeof parsePostRequest>, status: number): string[] {
  if (result.ok) throw new Error('expected the body to be rejected');
  expect(result.status).toBe(status);
  for (const error of result.errors) expect(error.code).toBe(status);
  return result.errors.map((e) => e.description);
}

describe('a valid POST requests body', () => {
  it('comes back typed, with empty optional fields as null and no api_key', () => {
    const result = parsePostRequest(
      body({
        description: '  季华五路路灯不亮\n已经三天了  ',
        email: 'chen@example.cn',
        first_name: '小梅',
        phone: '',
        media_url: 'https://img.example.cn/1.jpg',
        'attribute[NEARBY][]': ['school', 'bus', 'school'],
        'attribute[HEIGHT_M]': '7.5',
        'attribute[SINCE]': '2026-11-29',
        'attribute[HINT]': 'ignored',
        unrelated: 'x',
      }),
      context(),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        jurisdiction_id: null,
        service_code: 'SZ-001',
        lat: 23.0215,
        long: 113.1214,
        address_string: null,
        address_id: null,
        email: 'chen@example.cn',
        device_id: null,
        account_id: null,
        first_name: '小梅',
        last_name: null,
        phone: null,
        description: '季华五路路灯不亮\n已经三天了',
        media_url: 'https://img.example.cn/1.jpg',
        attributes: { LAMP_STATE: 'dark', NEARBY: ['school', 'bus'], HEIGHT_M: 7.5, SINCE: '2026-11-29' },
      },
    });
  });

  it('may locate the request by address_string or address_id instead of lat/long', () => {
    const byAddress = parsePostRequest(
      body({ lat: '', long: undefined, address_string: '禅城区季华五路' }),
      context(),
    );
    expect(byAddress.ok && byAddress.value.address_string).toBe('禅城区季华五路');
    const byId = parsePostRequest(
      body({ lat: undefined, long: undefined, address_id: 'A-440604-1' }),
      context(),
    );
    expect(byId.ok && byId.value.address_id).toBe('A-440604-1');
  });

  it('needs no attributes for a service without metadata', () => {
    const result = parsePostRequest(
      body({ service_code: 'SZ-009', 'attribute[LAMP_STATE]': undefined }),
      context(),
    );
    expect(result.ok).toBe(true);
  });
});

describe('a POST requests body is refused', () => {
  it('with 400 when service_code was not provided', () => {
    expect(rejected(parsePostRequest(body({ service_code: '  ' }), context()), 400)).toEqual([
      'service_code was not provided',
    ]);
  });

  it('with 404 when the service_code does not exist, before any other problem', () => {
    expect(rejected(parsePostRequest(body({ service_code: 'NOPE', lat: 'x' }), context()), 404)).toEqual([
      'service_code provided was not found',
    ]);
  });

  it('with 400 when lat or long is not a number in range, or only one is given', () => {
    expect(rejected(parsePostRequest(body({ lat: 'north', long: '0x10' }), context()), 400)).toEqual([
      'lat must be a number between -90 and 90',
      'long must be a number between -180 and 180',
    ]);
    expect(rejected(parsePostRequest(body({ lat: '91', long: '1e2' }), context()), 400)).toEqual([
      'lat must be a number between -90 and 90',
      'long must be a number between -180 and 180',
    ]);
    expect(rejected(parsePostRequest(body({ long: undefined }), context()), 400)).toEqual([
      'lat and long must both be provided',
    ]);
  });

  it('with 400 when no location of any kind was given', () => {
    expect(
      rejected(parsePostRequest(body({ lat: undefined, long: '', address_string: ' ' }), context()), 400),
    ).toEqual(['lat/long, address_string, or address_id was not provided']);
  });

  it('with 400 when the description is longer than 4,000 characters (counting characters, not bytes)', () => {
    expect(parsePostRequest(body({ description: '灯'.repeat(4000) }), context()).ok).toBe(true);
    expect(rejected(parsePostRequest(body({ description: '灯'.repeat(4001) }), context()), 400)).toEqual([
      'description is longer than 4000 characters',
    ]);
  });

  it('with 400 for a repeated field, a malformed email or a media_url that is not http(s)', () => {
    expect(
      rejected(
        parsePostRequest(
          body({ service_code: ['SZ-001', 'SZ-009'], email: 'chen', media_url: 'javascript:alert(1)' }),
          context(),
        ),
        400,
      ),
    ).toEqual([
      'service_code was provided more than once',
      'email is not a valid email address',
      'media_url must be an http or https URL',
    ]);
  });

  it('with every 400 problem at once, so the client can fix them together', () => {
    const result = parsePostRequest(
      { service_code: '', lat: 'a', description: 'x'.repeat(4001), 'attribute[]': 'y' },
      context(),
    );
    expect(rejected(result, 400)).toEqual([
      'service_code was not provided',
      'lat and long must both be provided',
      'description is longer than 4000 characters',
      'attribute[] must be sent as attribute[code]=value or attribute[code][]=value',
    ]);
  });
});

describe('jurisdiction_id', () => {
  const two = context({ jurisdictionIds: ['chancheng.gov.cn', 'nanhai.gov.cn'] });

  it('is required with 400 when the endpoint serves several jurisdictions', () => {
    expect(rejected(parsePostRequest(body(), two), 400)).toEqual(['jurisdiction_id was not provided']);
    const ok = parsePostRequest(body({ jurisdiction_id: 'nanhai.gov.cn' }), two);
    expect(ok.ok && ok.value.jurisdiction_id).toBe('nanhai.gov.cn');
  });

  it('is 404 when unknown, and optional with a single jurisdiction', () => {
    expect(rejected(parsePostRequest(body({ jurisdiction_id: 'sfgov.org' }), two), 404)).toEqual([
      'jurisdiction_id provided was not found',
    ]);
    expect(parsePostRequest(body(), context({ jurisdictionIds: ['chancheng.gov.cn'] })).ok).toBe(true);
  });
});

describe('attributes are checked against the service definition', () => {
  const problems = (overrides: Record<string, unknown>) =>
    rejected(parsePostRequest(body(overrides), context()), 400);

  it('requires the required ones', () => {
    expect(problems({ 'attribute[LAMP_STATE]': undefined })).toEqual([
      'attribute[LAMP_STATE] is required but was not provided',
    ]);
  });

  it('accepts only the listed keys of a singlevaluelist, and only one of them', () => {
    expect(problems({ 'attribute[LAMP_STATE]': 'broken' })).toEqual([
      'attribute[LAMP_STATE] value "broken" is not one of the allowed keys: dark, flicker',
    ]);
    expect(problems({ 'attribute[LAMP_STATE][]': ['flicker'] })).toEqual([
      'attribute[LAMP_STATE] accepts only one value',
    ]);
  });

  it('accepts several listed keys of a multivaluelist, in either form, but no others', () => {
    const ok = parsePostRequest(
      body({ 'attribute[NEARBY][]': 'school', 'attribute[NEARBY]': 'market' }),
      context(),
    );
    expect(ok.ok && ok.value.attributes.NEARBY).toEqual(['school', 'market']);
    expect(problems({ 'attribute[NEARBY][]': ['school', '<b>park</b>'] })).toEqual([
      'attribute[NEARBY] value "<b>park</b>" is not one of the allowed keys: school, market, bus',
    ]);
  });

  it('wants numbers to be numbers and datetimes to be ISO 8601', () => {
    expect(
      problems({
        'attribute[HEIGHT_M]': '7 m',
        'attribute[SINCE]': '2026-02-30',
        'attribute[POLE_NO]': 'a\nb',
      }),
    ).toEqual([
      'attribute[POLE_NO] must be a single line of text',
      'attribute[HEIGHT_M] must be a number',
      'attribute[SINCE] must be an ISO 8601 date or date-time, e.g. 2026-12-02T15:04:05+08:00',
    ]);
    const ok = parsePostRequest(
      body({ 'attribute[SINCE]': '2026-11-29T20:15+08:00', 'attribute[NOTE]': '第一行\n第二行' }),
      context(),
    );
    expect(ok.ok && ok.value.attributes).toMatchObject({
      SINCE: '2026-11-29T20:15+08:00',
      NOTE: '第一行\n第二行',
    });
  });

  it('refuses codes the definition does not have, and any for a service without a definition', () => {
    expect(problems({ 'attribute[COLOUR]': 'red' })).toEqual([
      'attribute[COLOUR] is not defined for service_code SZ-001',
    ]);
    expect(problems({ service_code: 'SZ-009' })).toEqual([
      'attribute[LAMP_STATE] is not defined for service_code SZ-009',
    ]);
  });

  it('keeps a code such as __proto__ as plain data', () => {
    const withProto: ServiceDefinition = buildDefinition({
      attributes: [buildAttribute({ code: '__proto__', datatype: 'text', values: [] })],
    });
    const result = parsePostRequest(
      body({ 'attribute[LAMP_STATE]': undefined, 'attribute[__proto__]': 'x' }),
      {
        findService: () => ({ service: buildService(), definition: withProto }),
      },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(Object.getPrototypeOf(result.value.attributes)).toBe(Object.prototype);
    expect(Object.hasOwn(result.value.attributes, '__proto__')).toBe(true);
  });
});

describe('helpers for the route', () => {
  it('formValue reads one api_key and refuses a repeated or empty one', () => {
    expect(formValue(body(), 'api_key')).toBe('k-123');
    expect(formValue(body({ api_key: ['a', 'b'] }), 'api_key')).toBeUndefined();
    expect(formValue(body({ api_key: ' ' }), 'api_key')).toBeUndefined();
    expect(formValue({}, 'api_key')).toBeUndefined();
  });

  it('open311Error builds the failure a route sends, e.g. 403 for a bad api_key', () => {
    expect(open311Error(403, 403, 'api_key was not provided or is not valid')).toEqual({
      ok: false,
      status: 403,
      errors: [{ code: 403, description: 'api_key was not provided or is not valid' }],
    });
  });
});
