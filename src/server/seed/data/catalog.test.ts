import { describe, expect, it } from 'vitest';
import { CatalogFile, type CatalogProcedure, SeedUnit, staffRoles } from '../../../domain/catalog/schema.ts';
import { demoCatalog } from './catalog.ts';
import { HOURS_PER_WORKING_DAY } from './catalog-helpers.ts';
import { demoUnits, twoLevelUnits, UNIT } from './units.ts';
import { demoPassword, demoUsers } from './users.ts';

const procedures = demoCatalog.procedures;
const stepHours = (p: CatalogProcedure) => p.steps.reduce((sum, s) => sum + s.hours, 0);
const isInterLevel = (p: CatalogProcedure) => p.level === 'district' && p.receivingLevel === 'commune';

/** Every string inside a value, with the path that leads to it. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}
const notNfc = (value: unknown) => strings(value).filter(([, s]) => s !== s.normalize('NFC'));

describe('demo catalog', () => {
  it('parses with the CatalogFile schema', () => {
    expect(() => CatalogFile.parse(demoCatalog)).not.toThrow();
  });

  it('has at least 110 procedures, 60 at district level and 45 at commune level', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(110);
    expect(procedures.filter((p) => p.level === 'district').length).toBeGreaterThanOrEqual(60);
    expect(procedures.filter((p) => p.level === 'commune').length).toBeGreaterThanOrEqual(45);
  });

  it('has at least 8 inter-level procedures received at the commune and decided at the district', () => {
    expect(procedures.filter(isInterLevel).length).toBeGreaterThanOrEqual(8);
    for (const p of procedures.filter((q) => q.receivingLevel !== undefined)) {
      expect(isInterLevel(p), p.code).toBe(true);
    }
  });

  it('uses every procedure code once', () => {
    const codes = procedures.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('files every procedure under a declared field, and every field has an English name', () => {
    const fields = new Set(demoCatalog.fields.map((f) => f.code));
    expect(fields.size).toBe(demoCatalog.fields.length);
    for (const p of procedures) expect(fields.has(p.fieldCode), `${p.code} ${p.fieldCode}`).toBe(true);
    for (const f of demoCatalog.fields) expect(f.nameEn, f.code).toBeTruthy();
  });

  it('gives an English name to the most common procedures', () => {
    expect(procedures.filter((p) => p.nameEn !== undefined).length).toBeGreaterThanOrEqual(20);
  });

  it('budgets working-day procedures at 7.5 hours a day, and same-day ones within one day', () => {
    for (const p of procedures.filter((q) => q.processingTimeUnit === 'working_days')) {
      const total = stepHours(p);
      if (p.processingTime === 0) {
        expect(total, p.code).toBeGreaterThan(0);
        expect(total, p.code).toBeLessThanOrEqual(HOURS_PER_WORKING_DAY);
      } else {
        expect(Math.abs(total - p.processingTime * HOURS_PER_WORKING_DAY), p.code).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it('budgets working-hour procedures exactly and calendar-day ones within their span', () => {
    for (const p of procedures.filter((q) => q.processingTimeUnit === 'working_hours')) {
      expect(Math.abs(stepHours(p) - p.processingTime), p.code).toBeLessThanOrEqual(0.01);
    }
    for (const p of procedures.filter((q) => q.processingTimeUnit === 'calendar_days')) {
      expect(stepHours(p), p.code).toBeLessThanOrEqual(p.processingTime * HOURS_PER_WORKING_DAY);
    }
  });

  it('gives every step a positive budget and the receiving and deciding roles', () => {
    for (const p of procedures) {
      for (const s of p.steps) expect(s.hours, `${p.code} ${s.name}`).toBeGreaterThan(0);
      expect(p.steps[0]?.role, p.code).toBe('reception');
      expect(
        p.steps.some((s) => s.role === 'leader'),
        p.code,
      ).toBe(true);
    }
  });

  it('spreads online levels and time units like a real catalog', () => {
    for (const level of ['full', 'partial', 'none'] as const) {
      expect(procedures.filter((p) => p.onlineLevel === level).length, level).toBeGreaterThanOrEqual(10);
    }
    expect(procedures.filter((p) => p.processingTimeUnit === 'calendar_days').length).toBeGreaterThanOrEqual(
      3,
    );
    expect(procedures.filter((p) => p.processingTimeUnit === 'working_hours').length).toBeGreaterThanOrEqual(
      2,
    );
    expect(procedures.filter((p) => p.processingTime === 0).length).toBeGreaterThanOrEqual(5);
    expect(procedures.filter((p) => p.onlineProcessingTime !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps online times no longer than the standard time', () => {
    for (const p of procedures.filter((q) => q.onlineProcessingTime !== undefined)) {
      expect(p.onlineProcessingTime, p.code).toBeLessThan(p.processingTime);
    }
  });

  it('lists 1 to 6 document components per procedure, with unique codes', () => {
    for (const p of procedures) {
      expect(p.documents.length, p.code).toBeGreaterThanOrEqual(1);
      expect(p.documents.length, p.code).toBeLessThanOrEqual(6);
      const codes = p.documents.map((d) => d.code);
      expect(new Set(codes).size, p.code).toBe(codes.length);
      for (const d of p.documents) expect(d.originals + d.copies, `${p.code} ${d.code}`).toBeGreaterThan(0);
    }
  });

  it('cites a legal basis for every procedure', () => {
    for (const p of procedures) expect(p.legalBasis.length, p.code).toBeGreaterThan(0);
  });

  it('offers unit-restricted procedures only at demo units of the receiving level', () => {
    const levels = new Map(demoUnits.map((u) => [u.code, u.level]));
    for (const p of procedures.filter((q) => q.unitCodes !== undefined)) {
      for (const code of p.unitCodes ?? []) expect(levels.get(code), `${p.code} ${code}`).toBe(p.level);
    }
  });

  it('stores every string in NFC', () => {
    expect(notNfc(demoCatalog)).toEqual([]);
  });
});

describe('demo units', () => {
  const trees = { demoUnits, twoLevelUnits };

  it('parses every unit with the SeedUnit schema', () => {
    for (const u of [...demoUnits, ...twoLevelUnits]) expect(() => SeedUnit.parse(u), u.code).not.toThrow();
  });

  it('uses every unit code once, across both trees', () => {
    const codes = [...demoUnits, ...twoLevelUnits].map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(Object.entries(trees))('resolves every parent code within %s, from a single root', (_, units) => {
    const codes = new Set(units.map((u) => u.code));
    expect(units.filter((u) => u.parentCode === null)).toHaveLength(1);
    for (const u of units) if (u.parentCode !== null) expect(codes.has(u.parentCode), u.code).toBe(true);
  });

  it('puts at least 12 communes under Tân Sơn district, with their addresses', () => {
    const communes = demoUnits.filter((u) => u.parentCode === UNIT.tanSon);
    expect(communes.length).toBeGreaterThanOrEqual(12);
    for (const c of communes) {
      expect(c.level).toBe('commune');
      expect(c.address, c.code).toMatch(/huyện Tân Sơn, tỉnh Phú Thọ$/);
    }
  });

  it('has a sibling district with communes of its own', () => {
    const districts = demoUnits.filter((u) => u.level === 'district');
    expect(districts.length).toBeGreaterThanOrEqual(2);
    for (const d of districts) expect(demoUnits.some((u) => u.parentCode === d.code)).toBe(true);
  });

  it('keeps the two-level tree free of districts: communes sit right under the province', () => {
    const [province] = twoLevelUnits.filter((u) => u.parentCode === null);
    expect(twoLevelUnits.some((u) => u.level === 'district')).toBe(false);
    for (const u of twoLevelUnits.filter((v) => v.parentCode !== null)) {
      expect(u.level).toBe('commune');
      expect(u.parentCode).toBe(province?.code);
    }
  });

  it('stores every string in NFC', () => {
    expect(notNfc({ demoUnits, twoLevelUnits })).toEqual([]);
  });
});

describe('demo users', () => {
  it('places every user at an existing demo unit', () => {
    const codes = new Set(demoUnits.map((u) => u.code));
    for (const u of demoUsers) expect(codes.has(u.unitCode), u.username).toBe(true);
  });

  it('has ASCII usernames, each used once', () => {
    const names = demoUsers.map((u) => u.username);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9.]+$/);
  });

  it('covers every staff role, and the province admin sits at the province', () => {
    expect(new Set(demoUsers.map((u) => u.role))).toEqual(new Set(staffRoles));
    for (const u of demoUsers.filter((v) => v.role === 'province-admin'))
      expect(u.unitCode).toBe(UNIT.province);
  });

  it('staffs Tân Sơn district and two of its communes with reception, specialist and leader', () => {
    for (const unit of [UNIT.tanSon, UNIT.thachKiet, UNIT.kimThuong]) {
      const roles = new Set(demoUsers.filter((u) => u.unitCode === unit).map((u) => u.role));
      for (const role of ['reception', 'specialist', 'leader'] as const)
        expect(roles.has(role), unit).toBe(true);
    }
  });

  it('stores every name in NFC and exports the demo password', () => {
    expect(notNfc(demoUsers)).toEqual([]);
    expect(demoPassword).toBe('motcua-demo-2026');
  });
});
