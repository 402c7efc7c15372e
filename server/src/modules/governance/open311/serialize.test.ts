import { describe, expect, it } from 'vitest';
import { formatW3cDateTime } from './datetime.ts';
import { buildService, buildServiceRequest, specClosedRequestJson } from './open311.factories.ts';
import { checkJson, checkXml } from './schema-check.ts';
import { renderOpen311, toJson, toXml } from './serialize.ts';
import type { ServiceDefinition, ServiceRequest } from './types.ts';
import { readXml } from './xml-reader.ts';

// The specification's examples (GeoReport v2, "Example response"), with identifiers as JSON strings.
const cansLeftOut = {
  service_code: '001',
  service_name: 'Cans left out 24x7',
  description:
    'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
  metadata: true,
  type: 'realtime' as const,
  keywords: 'lorem, ipsum, dolor',
  group: 'sanitation',
};

const dmv66: ServiceDefinition = {
  service_code: 'DMV66',
  attributes: [
    {
      variable: true,
      code: 'WHISHETN',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: null,
      order: 1,
      description: 'What is the ticket/tag/DL number?',
      values: [
        { key: '123', name: 'Ford' },
        { key: '124', name: 'Chrysler' },
      ],
    },
  ],
};

const sidewalk = (overrides: Partial<ServiceRequest>): ServiceRequest =>
  buildServiceRequest({
    service_name: 'Sidewalk and Curb Issues',
    service_code: '006',
    description: null,
    agency_responsible: null,
    service_notice: null,
    address: '8TH AVE and JUDAH ST',
    address_id: '545483',
    zipcode: '94122',
    lat: 37.762221815,
    long: -122.4651145,
    ...overrides,
  });

const PACIFIC = -8 * 60;
const closed = sidewalk({
  service_request_id: '638344',
  status: 'closed',
  status_notes: 'Duplicate request.',
  requested_datetime: new Date('2010-04-14T06:37:38-08:00'),
  updated_datetime: new Date('2010-04-14T06:37:38-08:00'),
  expected_datetime: new Date('2010-04-15T06:37:38-08:00'),
  media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
});
const open = sidewalk({
  service_request_id: '638349',
  status: 'open',
  status_notes: null,
  requested_datetime: new Date('2010-04-19T06:37:38-08:00'),
  updated_datetime: new Date('2010-04-19T06:37:38-08:00'),
  expected_datetime: new Date('2010-04-19T06:37:38-08:00'),
  media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638349.jpg',
});

const NOTICE =
  'The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code';

describe('GET services', () => {
  it('is a JSON array of the service fields and an XML <services> list, both valid', () => {
    const json = toJson('services', [cansLeftOut]);
    expect(JSON.parse(json)).toEqual([cansLeftOut]);
    const xml = toXml('services', [cansLeftOut]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<services>',
        '  <service>',
        '    <service_code>001</service_code>',
        '    <service_name>Cans left out 24x7</service_name>',
        `    <description>${cansLeftOut.description}</description>`,
        '    <metadata>true</metadata>',
        '    <type>realtime</type>',
        '    <keywords>lorem, ipsum, dolor</keywords>',
        '    <group>sanitation</group>',
        '  </service>',
        '</services>',
        '',
      ].join('\n'),
    );
    expect(checkJson('services', JSON.parse(json))).toEqual([]);
    expect(checkXml('services', xml)).toEqual([]);
  });

  it('writes an empty list as an empty array and an empty element', () => {
    expect(toJson('services', [])).toBe('[]');
    expect(toXml('services', [])).toContain('<services></services>');
    expect(checkXml('services', toXml('services', []))).toEqual([]);
  });
});

describe('GET service definition', () => {
  it('is one JSON object (not an array) with a singlevaluelist attribute and its values', () => {
    expect(JSON.parse(toJson('serviceDefinition', dmv66))).toEqual({
      service_code: 'DMV66',
      attributes: [
        {
          variable: true,
          code: 'WHISHETN',
          datatype: 'singlevaluelist',
          required: true,
          datatype_description: null,
          order: 1,
          description: 'What is the ticket/tag/DL number?',
          values: [
            { key: '123', name: 'Ford' },
            { key: '124', name: 'Chrysler' },
          ],
        },
      ],
    });
  });

  it('nests <attributes><attribute> and <values><value><key/><name/> in XML', () => {
    const xml = toXml('serviceDefinition', dmv66);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<service_definition>',
        '  <service_code>DMV66</service_code>',
        '  <attributes>',
        '    <attribute>',
        '      <variable>true</variable>',
        '      <code>WHISHETN</code>',
        '      <datatype>singlevaluelist</datatype>',
        '      <required>true</required>',
        '      <datatype_description></datatype_description>',
        '      <order>1</order>',
        '      <description>What is the ticket/tag/DL number?</description>',
        '      <values>',
        '        <value>',
        '          <key>123</key>',
        '          <name>Ford</name>',
        '        </value>',
        '        <value>',
        '          <key>124</key>',
        '          <name>Chrysler</name>',
        '        </value>',
        '      </values>',
        '    </attribute>',
        '  </attributes>',
        '</service_definition>',
        '',
      ].join('\n'),
    );
    expect(checkXml('serviceDefinition', xml)).toEqual([]);
    expect(checkJson('serviceDefinition', JSON.parse(toJson('serviceDefinition', dmv66)))).toEqual([]);
  });
});

describe('GET requests', () => {
  it('reproduces the specification example: one closed and one open request, nulls for unknown values', () => {
    const json = JSON.parse(toJson('requests', [closed, open], { utcOffsetMinutes: PACIFIC }));
    expect(json).toEqual([
      specClosedRequestJson('string'),
      expect.objectContaining({ service_request_id: '638349', status: 'open', status_notes: null }),
    ]);
    expect(checkJson('requests', json)).toEqual([]);
  });

  it('writes unknown values as empty elements, every field in the specification order', () => {
    const xml = toXml('requests', [closed, open], { utcOffsetMinutes: PACIFIC });
    expect(checkXml('requests', xml)).toEqual([]);
    const read = readXml(xml);
    if (!read.ok) throw new Error(read.error);
    const [first, second] = read.root.children;
    expect(read.root.name).toBe('service_requests');
    expect(first?.name).toBe('request');
    expect(first?.children.map((c) => c.name)).toEqual([
      'service_request_id',
      'status',
      'status_notes',
      'service_name',
      'service_code',
      'description',
      'agency_responsible',
      'service_notice',
      'requested_datetime',
      'updated_datetime',
      'expected_datetime',
      'address',
      'address_id',
      'zipcode',
      'lat',
      'long',
      'media_url',
    ]);
    expect(xml).toContain('    <description></description>\n');
    expect(xml).toContain('<lat>37.762221815</lat>');
    expect(second?.children.find((c) => c.name === 'status_notes')?.text).toBe('');
  });

  it('writes date/times in Shanghai time (+08:00) unless told otherwise', () => {
    const json = JSON.parse(toJson('requests', [buildServiceRequest()]));
    expect(json[0].requested_datetime).toBe('2026-12-02T15:04:05+08:00');
    expect(json[0].expected_datetime).toBe('2026-12-04T17:00:00+08:00');
    expect(formatW3cDateTime(new Date('2026-12-02T07:04:05.999Z'), 0)).toBe('2026-12-02T07:04:05+00:00');
    expect(formatW3cDateTime(new Date('2026-12-31T20:30:00Z'), 330)).toBe('2027-01-01T02:00:00+05:30');
  });

  it('never writes NaN for a missing coordinate', () => {
    const request = buildServiceRequest({ lat: Number.NaN, long: null });
    expect(JSON.parse(toJson('requests', [request]))[0]).toMatchObject({ lat: null, long: null });
    expect(toXml('requests', [request])).toContain('<lat></lat>');
  });
});

describe('POST requests result', () => {
  it('returns service_request_id, service_notice and account_id (null → empty element)', () => {
    const result = [{ service_request_id: '293944', service_notice: NOTICE, account_id: null }];
    expect(JSON.parse(toJson('postResult', result))).toEqual([
      { service_request_id: '293944', service_notice: NOTICE, account_id: null },
    ]);
    const xml = toXml('postResult', result);
    expect(xml).toContain('<service_request_id>293944</service_request_id>');
    expect(xml).toContain('<account_id></account_id>');
    expect(xml).not.toContain('<token>');
    expect(checkXml('postResult', xml)).toEqual([]);
  });

  it('returns only the token for a batch service, omitting what is not returned', () => {
    expect(toJson('postResult', [{ token: '12345' }])).toBe('[{"token":"12345"}]');
    expect(toXml('postResult', [{ token: '12345' }])).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<service_requests>',
        '  <request>',
        '    <token>12345</token>',
        '  </request>',
        '</service_requests>',
        '',
      ].join('\n'),
    );
    expect(checkJson('postResult', JSON.parse(toJson('postResult', [{ token: '12345' }])))).toEqual([]);
  });
});

describe('GET tokens/{token}', () => {
  it('pairs the token with its service_request_id, or an empty one while pending', () => {
    expect(toJson('token', [{ service_request_id: '638344', token: '12345' }])).toBe(
      '[{"service_request_id":"638344","token":"12345"}]',
    );
    const pending = toXml('token', [{ service_request_id: null, token: '12345' }]);
    expect(pending).toContain('<service_request_id></service_request_id>');
    expect(checkXml('token', pending)).toEqual([]);
  });
});

describe('errors', () => {
  it('is a list of code and description, as in the specification example', () => {
    const errors = [
      { code: 403, description: "Invalid api_key received -- can't proceed with create_request." },
    ];
    expect(JSON.parse(toJson('errors', errors))).toEqual(errors);
    const xml = toXml('errors', errors);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<errors>',
        '  <error>',
        '    <code>403</code>',
        '    <description>Invalid api_key received -- can&apos;t proceed with create_request.</description>',
        '  </error>',
        '</errors>',
        '',
      ].join('\n'),
    );
    expect(checkXml('errors', xml)).toEqual([]);
  });
});

describe('text content', () => {
  const tricky = '<script>alert("x")</script> & \'quoted\' > 路灯“不亮”🙂';

  it('escapes & < > " \' in XML and reads back unchanged, Chinese and emoji included', () => {
    const xml = toXml('services', [buildService({ description: tricky })]);
    expect(xml).toContain(
      '<description>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quoted&apos; &gt; 路灯“不亮”🙂</description>',
    );
    expect(xml).not.toContain('<script>');
    const read = readXml(xml);
    if (!read.ok) throw new Error(read.error);
    expect(read.root.children[0]?.children.find((c) => c.name === 'description')?.text).toBe(tricky);
  });

  it('keeps Chinese as UTF-8 text in JSON (no \\u escapes) and round-trips it', () => {
    const json = toJson('services', [buildService({ description: tricky })]);
    expect(json).toContain('路灯“不亮”🙂');
    expect(JSON.parse(json)[0].description).toBe(tricky);
  });

  it('drops control characters XML cannot carry and keeps line breaks', () => {
    const xml = toXml('requests', [buildServiceRequest({ description: 'a\u0000b\u000Bc\nd\r\ne' })]);
    expect(checkXml('requests', xml)).toEqual([]);
    const read = readXml(xml);
    if (!read.ok) throw new Error(read.error);
    expect(read.root.children[0]?.children.find((c) => c.name === 'description')?.text).toBe('abc\nd\r\ne');
  });
});

describe('renderOpen311', () => {
  it('picks the body and the Content-Type the specification gives for the URL suffix', () => {
    expect(renderOpen311('json', 'errors', [{ code: 404, description: 'x' }])).toEqual({
      contentType: 'application/json; charset=utf-8',
      body: '[{"code":404,"description":"x"}]',
    });
    expect(renderOpen311('xml', 'errors', [{ code: 404, description: 'x' }]).contentType).toBe(
      'text/xml; charset=utf-8',
    );
  });
});
