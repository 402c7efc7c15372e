import { CREDIT_CHARSET, makeCreditCode } from '@yimen/shared/id-checks';
import { dayNumber, isoOfDay, timestampOfDay, yearOfDay } from './calendar.ts';
import type { Row } from './columns.ts';
import {
  ENTERPRISE_KINDS,
  type EnterpriseKind,
  INDUSTRIES,
  type Industry,
  TRADE_NAME_CHARS,
} from './enterprise-vocabulary.ts';
import { syntheticSurname } from './names.ts';
import type { PopulationContext } from './population.ts';
import type { Random } from './random.ts';
import { shortStreetName } from './synthetic-geo.ts';

// The unified credit code replaced separate registration numbers from 1 October 2015 (GB 32100-2015);
// older enterprises kept their GB 11714 organisation code inside the new credit code.
const CREDIT_CODE_START = dayNumber('2015-10-01');
const EARLIEST_REGISTRATION = dayNumber('1980-01-01');

// Bijections of the enterprise index onto organisation-code bodies, so codes are unique by construction
// (no set of issued codes to keep): x ↦ (a·x + b) mod m with a coprime to m.
const NEW_SPACE = 31 ** 6;
const OLD_SPACE = 10 ** 7;

/** 'MA' + six characters of the GB 32100 set: the series market regulators assign to new registrants. */
function newOrgBody(index: number): string {
  let x = (index * 7_368_787 + 104_729) % NEW_SPACE;
  let s = '';
  for (let k = 0; k < 6; k++) {
    s = CREDIT_CHARSET[x % 31]! + s;
    x = Math.floor(x / 31);
  }
  return `MA${s}`;
}

/** An eight-digit pre-2015 organisation code body (Guangdong's ranges start with 7 for many enterprises). */
const oldOrgBody = (index: number, lead: string): string =>
  lead + String((index * 3_141_593 + 2_718_281) % OLD_SPACE).padStart(7, '0');

const TRADE_CHARS = [...TRADE_NAME_CHARS];

function enterpriseName(
  rand: Random,
  ctx: PopulationContext,
  kind: EnterpriseKind,
  industry: Industry,
  street: string,
  tradeLength: number,
) {
  let trade = '';
  for (let k = 0; k < tradeLength; k++) trade += rand.pick(TRADE_CHARS);
  switch (kind.kind) {
    case '个体工商户':
      return rand.chance(0.5)
        ? `${ctx.prefix}${shortStreetName(street)}${syntheticSurname(rand, true)}记${rand.pick(industry.shopWords)}`
        : `${ctx.prefix}${trade}${rand.pick(industry.shopWords)}`;
    case '有限责任公司分公司':
      return `佛山市${trade}${industry.companyWord}${kind.suffix}`;
    case '合伙企业':
      return `${ctx.prefix}${trade}${industry.companyWord}企业${kind.suffix}`;
    case '农民专业合作社':
      return `${ctx.prefix}${shortStreetName(street)}${trade}果蔬${kind.suffix}`;
    default:
      return `${ctx.prefix}${trade}${industry.companyWord}${kind.suffix}`;
  }
}

function uniqueName(taken: Set<string>, make: (attempt: number) => string): string {
  for (let attempt = 0; ; attempt++) {
    const name = make(attempt);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** A person of this run who was at least 18 (and under 75) on the registration day, or null. */
function legalRepresentative(rand: Random, ctx: PopulationContext, registeredYear: number): string | null {
  const n = ctx.size.persons;
  if (n === 0) return null;
  for (let attempt = 0; attempt < 40; attempt++) {
    const p = rand.int(0, n - 1);
    const age = registeredYear - ctx.personBirthYear[p]!;
    if (age >= 18 && age < 75) return ctx.uuid('person', p);
  }
  return null;
}

/**
 * Enterprises (legal persons and individual businesses) registered in the district: valid GB 32100 credit
 * codes with the district's division code, names in the registrar's pattern, industries of Chancheng.
 */
export function* enterpriseRows(ctx: PopulationContext): Generator<Row> {
  const rand = ctx.random('enterprises');
  // The registrar refuses a name already in use (企业名称登记管理规定), so names are unique within a run;
  // once two-character trade names grow scarce, longer ones are drawn, as real registrants do.
  const names = new Set<string>();
  const span = ctx.referenceDay - EARLIEST_REGISTRATION;
  for (let i = 0; i < ctx.size.enterprises; i++) {
    const industry = rand.pickWeighted(INDUSTRIES);
    let kind = rand.pickWeighted(ENTERPRISE_KINDS);
    // Trades no one runs as a one-person shop (software, consulting) become companies.
    if (kind.typeCode === '92' && industry.shopWords.length === 0) kind = ENTERPRISE_KINDS.items[0]!;
    // Most enterprises alive today were registered recently: skew towards the reference day.
    const registeredDay = ctx.referenceDay - Math.floor(span * rand() ** 2.2);
    const global = ctx.offsets.enterprises + i;
    const body =
      registeredDay < CREDIT_CODE_START && kind.typeCode === '91'
        ? oldOrgBody(global, rand.pick(['5', '6', '7']))
        : newOrgBody(global);
    const a = rand.int(0, ctx.size.addresses - 1);
    const micro = ctx.microGrids[ctx.addressMicro[a]!]!;
    const status = rand.chance(0.93) ? 'active' : rand.chance(0.7) ? 'deregistered' : 'revoked';
    const createdDay = Math.max(registeredDay, ctx.referenceDay - 12 * 365) + rand.int(0, 30);
    yield [
      ctx.uuid('enterprise', i),
      ctx.districtCode,
      makeCreditCode(kind.typeCode, ctx.districtCode, body),
      uniqueName(names, (attempt) =>
        enterpriseName(rand, ctx, kind, industry, micro.streetName, 2 + (attempt >> 3)),
      ),
      kind.kind,
      legalRepresentative(rand, ctx, yearOfDay(registeredDay)),
      industry.label,
      isoOfDay(registeredDay),
      status,
      ctx.uuid('address', a),
      micro.gridCode,
      true,
      timestampOfDay(Math.min(createdDay, ctx.referenceDay), rand.int(9 * 3600, 17 * 3600)),
    ];
  }
}
