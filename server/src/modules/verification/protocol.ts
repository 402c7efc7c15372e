import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

/**
 * The jump-verification (跳转核验) protocol between the window platform and a department's own system.
 * The platform asks one yes/no question about one subject for one case; the department answers with a
 * compact JWS (EdDSA) and nothing else, so its records never leave it (BRIEF §1.1, §1.3).
 * This file is the contract both sides implement: pure data and hashing, no I/O.
 */

export const ATTESTATION_TYP = 'yimen-attestation+jwt';
/** How long an answer may be used for a decision. The signed record itself is kept forever. */
export const ATTESTATION_LIFETIME_S = 600;

/** The department systems, keyed by the short id the platform uses; `issuer` is the JWS `iss`. */
export const DEPARTMENT_SYSTEMS = {
  household: {
    issuer: 'household.psb.440604',
    department: 'psb',
    nameZh: '公安户籍管理系统',
    nameEn: 'Household registration (Public Security)',
    subjectType: 'person',
    predicates: ['age_over_18', 'age_over_80', 'household_registered_in_district'],
  },
  marriage: {
    issuer: 'marriage.cab.440604',
    department: 'cab',
    nameZh: '民政婚姻登记系统',
    nameEn: 'Marriage registration (Civil Affairs)',
    subjectType: 'person',
    predicates: ['married', 'unmarried'],
  },
  social_insurance: {
    issuer: 'social-insurance.hrss.440604',
    department: 'hrss',
    nameZh: '人社社会保险系统',
    nameEn: 'Social insurance (Human Resources and Social Security)',
    subjectType: 'person',
    predicates: ['insured', 'receiving_unemployment_benefit'],
  },
  business: {
    issuer: 'business.amr.440604',
    department: 'amr',
    nameZh: '市场监管登记系统',
    nameEn: 'Business registration (Market Regulation)',
    subjectType: 'enterprise',
    predicates: ['business_active', 'business_registered'],
  },
  property: {
    issuer: 'property.nrb.440604',
    department: 'nrb',
    nameZh: '不动产登记系统',
    nameEn: 'Real-estate registration (Natural Resources)',
    subjectType: 'person',
    predicates: ['owns_property_in_district'],
  },
} as const;

export type SystemId = keyof typeof DEPARTMENT_SYSTEMS;
export type Predicate = (typeof DEPARTMENT_SYSTEMS)[SystemId]['predicates'][number];
export type SubjectType = 'person' | 'enterprise';

export const SYSTEM_IDS = Object.keys(DEPARTMENT_SYSTEMS) as SystemId[];

/** What each predicate means, for the people who configure items and read case records. */
export const PREDICATE_LABELS: Record<Predicate, { zh: string; en: string }> = {
  age_over_18: { zh: '年满 18 周岁', en: 'is 18 or older' },
  age_over_80: { zh: '年满 80 周岁', en: 'is 80 or older' },
  household_registered_in_district: { zh: '户籍在本区 (440604)', en: 'household registered in the district' },
  married: { zh: '有有效婚姻登记 (已婚)', en: 'currently married' },
  unmarried: { zh: '无有效婚姻登记 (未婚、离异或丧偶)', en: 'not currently married' },
  insured: { zh: '正在参加社会保险', en: 'currently insured' },
  receiving_unemployment_benefit: { zh: '正在领取失业保险金', en: 'receiving unemployment benefit' },
  business_registered: { zh: '在本区登记注册', en: 'registered in the district' },
  business_active: { zh: '登记状态为存续 (在业)', en: 'registration is active' },
  owns_property_in_district: { zh: '在本区有登记的不动产', en: 'owns registered property in the district' },
};

/**
 * Questions about a relation between the subject and a second party (`about`): asked by the platform itself, not
 * configured on items. legal_representative: "is `about` (a person) the legal representative of this enterprise?"
 */
export const RELATION_PREDICATES = {
  legal_representative: { system: 'business', aboutType: 'person' },
} as const satisfies Record<string, { system: SystemId; aboutType: SubjectType }>;

export type RelationPredicate = keyof typeof RELATION_PREDICATES;

export const isRelationPredicate = (p: string): p is RelationPredicate => p in RELATION_PREDICATES;

/** The system that answers a predicate, or undefined for a predicate no system knows. */
export function systemOfPredicate(predicate: string): SystemId | undefined {
  return SYSTEM_IDS.find((s) => (DEPARTMENT_SYSTEMS[s].predicates as readonly string[]).includes(predicate));
}

export interface Subject {
  type: SubjectType;
  /** 居民身份证号 for a person, 统一社会信用代码 for an enterprise. */
  id: string;
}

/** The official asking, carried on every query as X-Road does, so the department's log names a person. */
export interface Official {
  id: string;
  name: string;
  department: string;
}

/** The body of `POST /v1/ask`. Its canonical hash is signed back as `req`. */
export interface AskBody {
  predicate: string;
  subject: Subject;
  /** The second party of a relation predicate (see RELATION_PREDICATES); covered by the signed `req` hash. */
  about?: Subject;
  caseRef: string;
  official: Official;
  /** ISO 8601 instant. */
  requestedAt: string;
  /** At least 128 random bits: makes every question unique and salts `sub`. */
  nonce: string;
}

/** The JWS payload a department signs. */
export interface AttestationClaims {
  /** The answering system, e.g. 'household.psb.440604'. */
  iss: string;
  /** Salted hash of the subject (see subjectHash): never the ID number itself. */
  sub: string;
  subjectType: SubjectType;
  predicate: string;
  answer: boolean;
  /** Present when the registry holds no record of the subject: the answer is then false. */
  reason?: 'no_record';
  caseRef: string;
  official: { id: string; name: string };
  iat: number;
  exp: number;
  jti: string;
  /** base64url SHA-256 of the canonical JSON of the request body: which question was answered. */
  req: string;
}

const base64urlSha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** `req`: base64url(SHA-256(RFC 8785 canonical JSON of the request body)). */
export const requestHash = (body: AskBody): string => base64urlSha256(canonicalJson(body));

/**
 * `sub`: SHA-256 over the request nonce, the subject type and id. The nonce salts it, so two attestations about
 * one person cannot be linked and the low-entropy ID number cannot be guessed back from a leaked token; whoever
 * holds the request (the platform) can recompute it.
 */
export const subjectHash = (subject: Subject, nonce: string): string =>
  base64urlSha256(`yimen-sub-v1\n${nonce}\n${subject.type}\n${subject.id}`);
