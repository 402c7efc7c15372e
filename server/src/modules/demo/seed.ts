import { randomUUID } from 'node:crypto';
import { makeCreditCode, makeIdNumber } from '@yimen/shared/id-checks';
import type { Db, Queryable } from '../../db/client.ts';
import { seedCatalogue } from '../catalogue/catalogue.seed.ts';
import type { GeoIndex } from '../geography/geo-index.ts';
import { seedGeography } from '../geography/geography.seed.ts';
import { seedDemoComponents } from '../governance/components/components.seed.ts';
import { hashPassword } from '../identity/password.ts';
import { CHANCHENG_DEPARTMENTS } from '../organisation/departments.data.ts';
import { insertEnterprise } from '../people/enterprises.repo.ts';
import { insertPerson } from '../people/persons.repo.ts';
import type { PiiCipher } from '../people/pii-crypto.ts';
import {
  DEMO_ENTERPRISE,
  DEMO_PASSWORD,
  DEMO_RESIDENTS,
  DEMO_STAFF,
  type DemoAccount,
} from './demo-accounts.ts';
import { syntheticName } from './synthetic/names.ts';
import { createRandom } from './synthetic/random.ts';
import { seedDemoPeople } from './synthetic/seed-people.ts';

/** Reference data every deployment needs: departments, the geography and the item catalogue. Idempotent. */
export async function seedReferenceData(
  db: Db,
  districtCode: string,
  opts: { syntheticItems: boolean },
): Promise<boolean> {
  const present = await db.query('SELECT 1 FROM departments WHERE district_code = $1 LIMIT 1', [
    districtCode,
  ]);
  if (present.rows.length) return false;
  await db.transaction(async (tx) => {
    await seedGeography(tx, districtCode);
    for (const [i, d] of CHANCHENG_DEPARTMENTS.entries()) {
      await tx.query(
        'INSERT INTO departments (id, district_code, name_zh, name_en, kind, sort_order) VALUES ($1,$2,$3,$4,$5,$6)',
        [d.id, districtCode, d.nameZh, d.nameEn, d.kind, i],
      );
    }
    // The real items always; the synthetic rest of Chancheng's 1,052 items only in the demo.
    await seedCatalogue(tx, districtCode, { synthetic: opts.syntheticItems });
  });
  return true;
}

async function resolveJurisdiction(tx: Queryable, districtCode: string, spec: DemoAccount['jurisdiction']) {
  if (spec === 'district') return districtCode;
  const [kind, ...rest] = spec.split(':');
  if (kind === 'street') return rest[0]!;
  const r = await tx.query<{ code: string }>(
    `SELECT code FROM geo_areas WHERE level = 'grid' AND code LIKE $1 || '%' ORDER BY code LIMIT 1`,
    [rest[1]],
  );
  return r.rows[0]!.code;
}

/** The Chancheng demo: one account per role and synthetic people. Runs once, on an empty database. */
export async function seedDemo(
  db: Db,
  opts: { districtCode: string; geo: GeoIndex; pii: PiiCipher; persons: number; enterprises: number },
): Promise<boolean> {
  const present = await db.query('SELECT 1 FROM users LIMIT 1');
  if (present.rows.length) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const a of DEMO_STAFF) {
      await tx.query(
        `INSERT INTO users (id, district_code, kind, username, display_name, password_hash, roles, department_id, jurisdiction_code)
         VALUES ($1,$2,'staff',$3,$4,$5,$6,$7,$8)`,
        [
          randomUUID(),
          opts.districtCode,
          a.username,
          a.displayName,
          hash,
          a.roles,
          a.departmentId,
          await resolveJurisdiction(tx, opts.districtCode, a.jurisdiction),
        ],
      );
    }
    await seedGridWorkers(tx, opts.districtCode, hash);
    await seedDemoPeople(tx, {
      districtCode: opts.districtCode,
      geo: opts.geo,
      pii: opts.pii,
      persons: opts.persons,
      enterprises: opts.enterprises,
      seed: 20140101,
    });
    await seedDemoComponents(tx, opts.geo, opts.districtCode);
    const demoPersons = new Map<string, { userId: string; personId: string }>();
    for (const r of DEMO_RESIDENTS) {
      const idNumber = await freeDemoIdNumber(tx, opts.pii, opts.districtCode, r);
      const personId = randomUUID();
      await insertPerson(tx, {
        id: personId,
        districtCode: opts.districtCode,
        idNumberEnc: opts.pii.encrypt(idNumber),
        idNumberIndex: opts.pii.blindIndex(idNumber),
        idNumberMasked: opts.pii.maskIdNumber(idNumber),
        name: r.name,
        gender: r.gender,
        birthDate: r.birthDate,
        phoneMasked: opts.pii.maskPhone(r.phone),
        phoneEnc: opts.pii.encrypt(r.phone),
        addressId: null,
        gridCode: null,
      });
      // Both residents are verified (实名) in the demo; everyone signs in as a citizen and acts as an enterprise
      // agent only under an enterprise's authorization.
      const userId = randomUUID();
      await tx.query(
        `INSERT INTO users (id, district_code, kind, phone, display_name, roles, person_id)
         VALUES ($1,$2,'citizen',$3,$4,'{citizen}',$5)`,
        [userId, opts.districtCode, r.phone, r.account, personId],
      );
      demoPersons.set(r.phone, { userId, personId });
      // The demo has no real identity provider: the resident learns their own registered number here.
      await tx.query(
        `INSERT INTO message_outbox (district_code, channel, recipient, kind, body) VALUES ($1, 'sms', $2, 'demo_identity', $3)`,
        [
          opts.districtCode,
          r.phone,
          `【一门演示】${r.name}，您在人口库中的身份证号为 ${idNumber}，在线申办时填写。`,
        ],
      );
    }
    await seedDemoEnterprise(tx, opts.districtCode, demoPersons);
  });
  return true;
}

export const demoEnterpriseCreditCode = (districtCode: string): string =>
  makeCreditCode('91', districtCode, DEMO_ENTERPRISE.orgBody);

/** The demo enterprise, its legal representative (王小明) and its authorization of the demo agent (刘芳). */
async function seedDemoEnterprise(
  tx: Queryable,
  districtCode: string,
  demoPersons: Map<string, { userId: string; personId: string }>,
): Promise<void> {
  const rep = demoPersons.get(DEMO_ENTERPRISE.legalRepresentativePhone)!;
  const enterpriseId = randomUUID();
  const creditCode = demoEnterpriseCreditCode(districtCode);
  await insertEnterprise(tx, {
    id: enterpriseId,
    districtCode,
    creditCode,
    name: DEMO_ENTERPRISE.name,
    kind: DEMO_ENTERPRISE.kind,
    industry: DEMO_ENTERPRISE.industry,
    registeredOn: DEMO_ENTERPRISE.registeredOn,
    legalRepPersonId: rep.personId,
    addressId: null,
    gridCode: null,
  });
  await tx.query(
    `INSERT INTO enterprise_agent_authorizations
       (district_code, id, enterprise_id, credit_code, agent_phone, all_items, valid_until, granted_by)
     VALUES ($1, $2, $3, $4, $5, true, now() + interval '1 year', $6)`,
    [districtCode, randomUUID(), enterpriseId, creditCode, DEMO_ENTERPRISE.agentPhone, rep.userId],
  );
}

/**
 * What the simulated business register knows of the demo's own (not synthetic) enterprises: their legal
 * representatives. The demo stands up that department's data here; the platform itself only ever asks it.
 */
export async function demoBusinessRegister(
  db: Queryable,
  pii: PiiCipher,
  districtCode: string,
): Promise<Record<string, { legalRepresentative: string }>> {
  const r = await db.query<{ credit_code: string; id_number_enc: string }>(
    `SELECT e.credit_code, p.id_number_enc FROM enterprises e JOIN persons p ON p.id = e.legal_rep_person_id
      WHERE e.district_code = $1 AND NOT e.synthetic`,
    [districtCode],
  );
  return Object.fromEntries(
    r.rows.map((e) => [e.credit_code, { legalRepresentative: pii.decrypt(e.id_number_enc) }]),
  );
}

/**
 * A grid worker (网格员) for every grid that has none, in the street office of the grid's street, so that every
 * reported event has someone to confirm and check it on site. They sign in as `gw.<grid code>` with the demo
 * password; their names are synthetic.
 */
async function seedGridWorkers(tx: Queryable, districtCode: string, passwordHash: string): Promise<void> {
  const grids = await tx.query<{ code: string; office: string }>(
    `SELECT g.code, d.id AS office
       FROM geo_areas g
       JOIN geo_areas c ON c.code = g.parent_code
       JOIN departments d ON d.district_code = g.district_code AND d.kind = 'street_office'
                         AND d.street_code = c.parent_code
      WHERE g.district_code = $1 AND g.level = 'grid'
        AND NOT EXISTS (SELECT 1 FROM users u WHERE u.jurisdiction_code = g.code AND 'grid_worker' = ANY(u.roles))
      ORDER BY g.code`,
    [districtCode],
  );
  if (!grids.rows.length) return;
  const rand = createRandom(20141201);
  const names = grids.rows.map(() => {
    const gender = rand.chance(0.55) ? 'F' : 'M';
    return `网格员 ${syntheticName(rand, gender, rand.int(1970, 1998), rand.chance(0.8))}`;
  });
  await tx.query(
    `INSERT INTO users (id, district_code, kind, username, display_name, password_hash, roles, department_id, jurisdiction_code)
     SELECT gen_random_uuid(), $1, 'staff', 'gw.' || g.code, g.name, $2, ARRAY['grid_worker'], g.office, g.code
       FROM unnest($3::text[], $4::text[], $5::text[]) AS g(code, office, name)`,
    [districtCode, passwordHash, grids.rows.map((g) => g.code), grids.rows.map((g) => g.office), names],
  );
}

/**
 * The demo resident's ID number: registered in the district, valid by GB 11643, and not one the synthetic
 * population took already (then the sequence moves on by two, keeping the gender).
 */
async function freeDemoIdNumber(
  tx: Queryable,
  pii: PiiCipher,
  districtCode: string,
  r: (typeof DEMO_RESIDENTS)[number],
): Promise<string> {
  for (let seq = r.seq; ; seq += 2) {
    const idNumber = makeIdNumber(districtCode, r.birthDate, seq);
    const taken = await tx.query('SELECT 1 FROM persons WHERE district_code = $1 AND id_number_index = $2', [
      districtCode,
      pii.blindIndex(idNumber),
    ]);
    if (!taken.rows.length) return idNumber;
  }
}

/** A first administrator for a real deployment (demo off), from YIMEN_BOOTSTRAP_ADMIN_PASSWORD. */
export async function bootstrapAdmin(db: Db, districtCode: string, password: string): Promise<boolean> {
  const r = await db.query(`SELECT 1 FROM users WHERE 'administrator' = ANY(roles) LIMIT 1`);
  if (r.rows.length) return false;
  await db.query(
    `INSERT INTO users (id, district_code, kind, username, display_name, password_hash, roles, department_id, jurisdiction_code)
     VALUES ($1,$2,'staff','admin','Administrator',$3,'{administrator}','gsd',$2)`,
    [randomUUID(), districtCode, await hashPassword(password)],
  );
  return true;
}
