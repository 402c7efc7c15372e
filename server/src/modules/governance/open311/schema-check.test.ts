import { describe, expect, it } from 'vitest';
import {
  buildDefinition,
  buildService,
  buildServiceRequest,
  specClosedRequestJson,
} from './open311.factories.ts';
import { checkJson, checkXml } from './schema-check.ts';
import { toJson, toXml } from './serialize.ts';
import type { Open311Documents, Open311Kind } from './types.ts';

// Examples from the specification, as published (indented, a multi-line service_notice, <account_id/>).
const SPEC_POST_XML = `<?xml version="1.0" encoding="utf-8"?>
<service_requests>
    <request>
        <service_request_id>293944</service_request_id>
        <service_notice>
            The City will inspect and require the responsible party to correct within 24 hours
        </service_notice>
        <account_id/>
    </request>
</service_requests>`;

const specRequestXml = (inner: string) => `<?xml version="1.0" encoding="utf-8"?>
<service_requests>
    <request>
        <service_request_id>638344</service_request_id>
        <status>closed</status>
        <status_notes>Duplicate request.</status_notes>
        <service_name>Sidewalk and Curb Issues</service_name>
        <service_code>006</service_code>
        <description></description>
        <agency_responsible></agency_responsible>
        <service_notice></service_notice>
        <requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>
        <updated_datetime>2010-04-14T06:37:38-08:00</updated_datetime>
        <expected_datetime>2010-04-15T06:37:38-08:00</expected_datetime>
        <address>8TH AVE and JUDAH ST</address>
        <address_id>545483</address_id>
        <zipcode>94122</zipcode>
        ${inner}
        <media_url>http://city.gov.s3.amazonaws.com/requests/media/638344.jpg </media_url>
    </request>
</service_requests>`;

const specRequestJson = () => specClosedRequestJson('number');

function expectValid<K extends Open311Kind>(kind: K, value: Open311Documents[K]): void {
  expect(checkJson(kind, JSON.parse(toJson(kind, value))), kind).toEqual([]);
  expect(checkXml(kind, toXml(kind, value)), kind).toEqual([]);
}

describe('the checker accepts', () => {
  it('the specification examples, with numeric identifiers in JSON', () => {
    expect(checkJson('requests', [specRequestJson()])).toEqual([]);
    expect(checkXml('requests', specRequestXml('<lat>37.762221815</lat><long>-122.4651145</long>'))).toEqual(
      [],
    );
    expect(checkXml('postResult', SPEC_POST_XML)).toEqual([]);
    expect(checkJson('token', [{ service_request_id: 638344, token: 12345 }])).toEqual([]);
    expect(
      checkJson('serviceDefinition', {
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
              { key: 123, name: 'Ford' },
              { key: 124, name: 'Chrysler' },
            ],
          },
        ],
      }),
    ).toEqual([]);
  });

  it('everything serialize writes, in both formats', () => {
    expectValid('services', [buildService(), buildService({ service_code: 'SZ-002', description: null })]);
    expectValid('serviceDefinition', buildDefinition());
    expectValid('requests', [
      buildServiceRequest(),
      buildServiceRequest({ status: 'closed', lat: null, long: null }),
    ]);
    expectValid('postResult', [
      { service_request_id: 'CC20261202000017', service_notice: '三个工作日内派员处理。' },
    ]);
    expectValid('token', [{ service_request_id: null, token: 'b6f1c2' }]);
    expectValid('errors', [{ code: 400, description: 'service_code was not provided' }]);
  });
});

describe('the checker rejects JSON', () => {
  it('that is not an array where the specification returns a list', () => {
    expect(checkJson('services', { service: [] })).toEqual(['$ must be an array']);
    expect(checkJson('serviceDefinition', [])).toEqual(['$ must be an object']);
  });

  it('with a missing required field or a field the specification does not have', () => {
    const service = JSON.parse(toJson('services', [buildService()]))[0];
    delete service.service_name;
    service.priority = 'high';
    expect(checkJson('services', [service])).toEqual([
      '$[0].priority is not a GeoReport v2 field',
      '$[0].service_name is required',
    ]);
  });

  it('with wrong types and enum values', () => {
    const request = {
      ...specRequestJson(),
      status: 'pending',
      lat: '37.76',
      long: null,
      requested_datetime: '2010-04-14T06:37:38',
      updated_datetime: '2010-04-14 06:37',
      expected_datetime: '2010-02-30T06:37:38Z',
    };
    expect(checkJson('requests', [request])).toEqual([
      '$[0].status must be one of open, closed',
      '$[0].requested_datetime must be an ISO 8601 date-time with a zone, e.g. 2026-12-02T15:04:05+08:00',
      '$[0].updated_datetime must be an ISO 8601 date-time with a zone, e.g. 2026-12-02T15:04:05+08:00',
      '$[0].expected_datetime must be an ISO 8601 date-time with a zone, e.g. 2026-12-02T15:04:05+08:00',
      '$[0].lat must be a number',
    ]);
    const service = {
      ...JSON.parse(toJson('services', [buildService()]))[0],
      metadata: 'true',
      type: 'sometimes',
    };
    expect(checkJson('services', [service])).toEqual([
      '$[0].metadata must be a boolean (true or false)',
      '$[0].type must be one of realtime, batch, blackbox',
    ]);
  });

  it('with null where a value is required', () => {
    expect(
      checkJson('requests', [{ ...specRequestJson(), service_request_id: null, service_name: '' }]),
    ).toEqual(['$[0].service_request_id must have a value', '$[0].service_name must not be empty']);
  });

  it('of a POST result with both or neither of service_request_id and token', () => {
    expect(checkJson('postResult', [{ service_request_id: '1', token: '2' }])).toEqual([
      '$[0].token must not be returned together with service_request_id',
    ]);
    expect(checkJson('postResult', [{ service_notice: 'x' }])).toEqual([
      '$[0].service_request_id or token must be returned',
    ]);
    expect(checkJson('postResult', [])).toEqual(['$ must hold at least 1 request']);
  });

  it('of a definition whose list attribute has no options or whose orders repeat', () => {
    const definition = JSON.parse(toJson('serviceDefinition', buildDefinition()));
    definition.attributes[0].values = [];
    definition.attributes[1].order = 1;
    definition.attributes[1].required = 'no';
    expect(checkJson('serviceDefinition', definition)).toEqual([
      '$.attributes[0].values must list the options of a singlevaluelist attribute',
      '$.attributes[1].required must be a boolean (true or false)',
      '$.attributes: attribute order 1 is used more than once',
    ]);
  });

  it('of an empty error list or an error without a numeric code', () => {
    expect(checkJson('errors', [])).toEqual(['$ must hold at least 1 error']);
    expect(checkJson('errors', [{ code: '400', description: 'x' }])).toEqual([
      '$[0].code must be an integer',
    ]);
  });
});

describe('the checker rejects XML', () => {
  it('that is not well-formed or lacks the declaration', () => {
    const xml = toXml('services', [buildService()]);
    expect(checkXml('services', xml.replace('</service_name>', '</service_nam>'))[0]).toMatch(
      /^not well-formed XML: <\/service_nam> closes <service_name> \(line 5/,
    );
    expect(checkXml('services', xml.replace(/^<\?xml[^>]*>\n/, ''))).toEqual([
      'the document must start with the XML declaration <?xml version="1.0" encoding="utf-8"?>',
    ]);
  });

  it('with the wrong root or item element', () => {
    expect(checkXml('requests', toXml('services', [buildService()]))).toEqual([
      'the root element is <services>, expected <service_requests>',
    ]);
    const wrongItem = toXml('errors', [{ code: 400, description: 'x' }]).replaceAll('error>', 'problem>');
    expect(checkXml('errors', wrongItem)).toContain('/errors/error[1] is <problem>, expected <error>');
  });

  it('with a missing, repeated, foreign or badly typed element', () => {
    const xml = specRequestXml('<lat>north</lat><lat>1</lat><colour>red</colour>');
    expect(checkXml('requests', xml)).toEqual([
      '/service_requests/request[1]/lat must be a number',
      '/service_requests/request[1]/lat appears more than once',
      '/service_requests/request[1]/colour is not a GeoReport v2 element',
      '/service_requests/request[1]/long is required',
    ]);
  });

  it('with an empty element where the specification needs a value', () => {
    const xml = toXml('serviceDefinition', buildDefinition()).replace(
      '<required>true</required>',
      '<required></required>',
    );
    expect(checkXml('serviceDefinition', xml)).toEqual([
      '/service_definition/attributes/attribute[1]/required must have a value',
    ]);
  });

  it('of a POST result carrying both identifiers', () => {
    const xml = SPEC_POST_XML.replace('<account_id/>', '<token>12345</token>');
    expect(checkXml('postResult', xml)).toEqual([
      '/service_requests/request[1]/token must not be returned together with service_request_id',
    ]);
  });
});
