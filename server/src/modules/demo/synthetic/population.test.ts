import { randomBytes } from 'node:crypto';
import { parseCreditCode, parseIdNumber } from '@yimen/shared/id-checks';
import { describe, expect, it } from 'vitest';
import { createPiiCipher } from '../../people/pii-crypto.ts';
import { COLUMNS, type Row, type SyntheticTable } from './columns.ts';
import { fakeGeo } from './fake-geo.ts';
import { REFERENCE_DATE, SyntheticPopulation } from './population.ts';
import { sizeForCounts } from './population-size.ts';

const pii = createPiiCipher({ dataKey: randomBytes(32), indexKey: randomBytes(32) });
const geo = fakeGeo();

function generate(seed: number, persons = 1500, enterprises = 300) {
  const p = new SyntheticPopulation({
    districtCode: '440604',
    geo,
    pii,
    seed,
    size: sizeForCounts(persons, enterprises),
  });
  return {
    addresses: [...p.addresses()],
    houses: [...p.houses()],
    persons: [...p.persons()],
    enterprises: [...p.enterprises()],
  };
}

/** Rows as objects; encrypted columns replaced by their plaintext, since each encryption draws a fresh IV. */
function readable(table: SyntheticTable, rows: Row[]) {
  return rows.map((row) => {
    const o = Object.fromEntries(COLUMNS[table].map((c, k) => [c, row[k]]));
    for (const c of ['id_number_enc', 'phone_enc'])
      if (typeof o[c] === 'string') o[c] = pii.decrypt(o[c] as string);
    return o;
  });
}

const a = generate(7);
const persons = readable('persons', a.persons);
const enterprises = readable('enterprises', a.enterprises);
const addresses = readable('addresses', a.addresses);

describe('synthetic population', () => {
  it('is identical for the same seed and different for another', () => {
    const b = generate(7);
    for (const t of ['addresses', 'houses', 'persons', 'enterprises'] as const) {
      expect(readable(t, b[t].slice(0, 200))).toEqual(readable(t, a[t].slice(0, 200)));
    }
    const c = generate(8, 50, 10);
    expect(readable('persons', c.persons)[0]!.name).not.toEqual(undefined);
    expect(readable('persons', c.persons).map((p) => p.id)).not.toEqual(
      persons.slice(0, 50).map((p) => p.id),
    );
    expect(readable('persons', c.persons).map((p) => p.id_number_enc)).not.toEqual(
      persons.slice(0, 50).map((p) => p.id_number_enc),
    );
  });

  it('makes only valid, unique ID numbers that agree with gender, birth date, mask and blind index', () => {
    const seen = new Set<string>();
    for (const p of persons) {
      const id = p.id_number_enc as string;
      const r = parseIdNumber(id, REFERENCE_DATE);
      expect(r.ok, `${r.ok || r.message}`).toBe(true);
      if (!r.ok) continue;
      expect(p.gender).toBe(r.value.gender);
      expect(p.birth_date).toBe(r.value.birthDate);
      expect(p.id_number_masked).toBe(pii.maskIdNumber(id));
      expect(p.id_number_index).toBe(pii.blindIndex(id));
      expect(p.synthetic).toBe(true);
      seen.add(id);
    }
    expect(seen.size).toBe(persons.length);
  });

  it('mixes locals and migrants and both genders, with plausible names and phones', () => {
    const foshan =
      persons.filter((p) => (p.id_number_enc as string).startsWith('4406')).length / persons.length;
    expect(foshan).toBeGreaterThan(0.35);
    expect(foshan).toBeLessThan(0.65);
    const men = persons.filter((p) => p.gender === 'M').length / persons.length;
    expect(men).toBeGreaterThan(0.45);
    expect(men).toBeLessThan(0.58);
    for (const p of persons) expect(p.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    const phones = persons.filter((p) => p.phone_enc !== null);
    expect(phones.length / persons.length).toBeGreaterThan(0.6);
    for (const p of phones) {
      expect(p.phone_enc).toMatch(/^1[3-9]\d{9}$/);
      expect(p.phone_masked).toBe(pii.maskPhone(p.phone_enc as string));
    }
  });

  it('makes only valid, unique credit codes of the district, with adult legal representatives', () => {
    const codes = new Set(enterprises.map((e) => e.credit_code));
    expect(codes.size).toBe(enterprises.length);
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(enterprises.length);
    const byId = new Map(persons.map((p) => [p.id, p]));
    for (const e of enterprises) {
      const r = parseCreditCode(e.credit_code as string);
      expect(r.ok, `${e.credit_code}: ${r.ok || r.message}`).toBe(true);
      expect((e.credit_code as string).slice(2, 8)).toBe('440604');
      expect(e.name).toMatch(/^佛山市/);
      if (e.kind === '个体工商户') expect((e.credit_code as string).slice(0, 2)).toBe('92');
      if (e.legal_rep_person_id !== null) {
        const rep = byId.get(e.legal_rep_person_id as string);
        expect(rep).toBeDefined();
        const age =
          Number((e.registered_on as string).slice(0, 4)) - Number((rep!.birth_date as string).slice(0, 4));
        expect(age).toBeGreaterThanOrEqual(18);
      }
    }
    expect(enterprises.filter((e) => e.legal_rep_person_id !== null).length).toBeGreaterThan(
      enterprises.length * 0.9,
    );
  });

  it('places addresses inside their micro-grid and refers only to rows it made', () => {
    const addressIds = new Set(addresses.map((x) => x.id));
    for (const x of addresses) {
      const [w, s, e, n] = geo.boxes.get(x.micro_grid_code as string)!;
      expect(x.lng).toBeGreaterThanOrEqual(w);
      expect(x.lng).toBeLessThanOrEqual(e);
      expect(x.lat).toBeGreaterThanOrEqual(s);
      expect(x.lat).toBeLessThanOrEqual(n);
      expect((x.micro_grid_code as string).startsWith(x.grid_code as string)).toBe(true);
      expect(x.full_text).toMatch(/^佛山市禅城区(石湾镇街道|祖庙街道).+\d+号(之\d)?$/);
    }
    for (const h of readable('houses', a.houses)) expect(addressIds.has(h.address_id)).toBe(true);
    for (const p of persons) expect(addressIds.has(p.address_id)).toBe(true);
    const ids = [...a.addresses, ...a.houses, ...a.persons, ...a.enterprises].map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses to make enterprises before persons', () => {
    const p = new SyntheticPopulation({
      districtCode: '440604',
      geo,
      pii,
      seed: 1,
      size: sizeForCounts(10, 2),
    });
    expect(() => p.enterprises()).toThrow(/persons before enterprises/);
  });
});
