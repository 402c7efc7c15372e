import type { Attribute, Service, ServiceDefinition, ServiceRequest } from './types.ts';

/** Test factories: Chancheng (佛山市禅城区) city-governance data, every field overridable. */

export function buildService(overrides: Partial<Service> = {}): Service {
  return {
    service_code: 'SZ-001',
    service_name: '路灯不亮',
    description: '道路照明设施损坏或夜间不亮。',
    metadata: true,
    type: 'realtime',
    keywords: '路灯, 照明, street light',
    group: '市政设施',
    ...overrides,
  };
}

export function buildAttribute(overrides: Partial<Attribute> = {}): Attribute {
  return {
    variable: true,
    code: 'LAMP_STATE',
    datatype: 'singlevaluelist',
    required: true,
    datatype_description: null,
    order: 1,
    description: '路灯的状况',
    values: [
      { key: 'dark', name: '完全不亮' },
      { key: 'flicker', name: '闪烁' },
    ],
    ...overrides,
  };
}

export function buildDefinition(overrides: Partial<ServiceDefinition> = {}): ServiceDefinition {
  return {
    service_code: 'SZ-001',
    attributes: [
      buildAttribute(),
      buildAttribute({
        code: 'POLE_NO',
        datatype: 'string',
        required: false,
        order: 2,
        description: '灯杆编号（灯杆上的白色标牌）',
        values: [],
      }),
    ],
    ...overrides,
  };
}

export function buildServiceRequest(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  return {
    service_request_id: 'CC20261202000017',
    status: 'open',
    status_notes: null,
    service_name: '路灯不亮',
    service_code: 'SZ-001',
    description: '季华五路与文华中路交叉口东侧第三根路灯不亮。',
    agency_responsible: '禅城区城市管理和综合执法局',
    service_notice: null,
    requested_datetime: new Date('2026-12-02T07:04:05Z'),
    updated_datetime: new Date('2026-12-02T07:04:05Z'),
    expected_datetime: new Date('2026-12-04T09:00:00Z'),
    address: '佛山市禅城区季华五路与文华中路交叉口',
    address_id: null,
    zipcode: '528000',
    lat: 23.0215,
    long: 113.1214,
    media_url: null,
    ...overrides,
  };
}

/**
 * The specification's closed request 638344 ("GET Service Requests", example response) as JSON: identifiers as
 * the example prints them (numbers) or as strings, the form this server answers.
 */
export function specClosedRequestJson(ids: 'number' | 'string') {
  const id = (n: number) => (ids === 'number' ? n : String(n));
  return {
    service_request_id: id(638344),
    status: 'closed',
    status_notes: 'Duplicate request.',
    service_name: 'Sidewalk and Curb Issues',
    service_code: '006',
    description: null,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: '2010-04-14T06:37:38-08:00',
    updated_datetime: '2010-04-14T06:37:38-08:00',
    expected_datetime: '2010-04-15T06:37:38-08:00',
    address: '8TH AVE and JUDAH ST',
    address_id: id(545483),
    zipcode: id(94122),
    lat: 37.762221815,
    long: -122.4651145,
    media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
  };
}
