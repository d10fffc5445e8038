import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * 狮子山's household files (一户一档) in tenants/tianxin.json: every cross-reference the JSON Schema
 * cannot express, and the seed's figures (31 files, 18 elderly living alone, the two stories).
 */
interface Household {
  code: string;
  grid: string;
  microGrid: string;
  gridWorker: string;
  head: string;
  members: { person: string; relation: string }[];
  categories: string[];
  disabilityGrade?: number;
  status: string;
  filedOn: string;
}
interface Community {
  name: string;
  people: { key: string; birthDate: string }[];
  grids: { code: string; assignments: { person: string; role: string }[]; microGrids: { code: string }[] }[];
  households?: Household[];
}
const file = JSON.parse(readFileSync(path.resolve(__dirname, '../../tenants/tianxin.json'), 'utf8')) as {
  streets: { communities: Community[] }[];
};
const szs = file.streets[0].communities.find((c) => c.name === '狮子山社区')!;
const households = szs.households ?? [];
const birthOf = (key: string) => szs.people.find((p) => p.key === key)!.birthDate;
const ageOn = (key: string, date: string) => {
  const [b, d] = [birthOf(key), date];
  return Number(d.slice(0, 4)) - Number(b.slice(0, 4)) - (d.slice(5) < b.slice(5) ? 1 : 0);
};

describe('demo household files (狮子山)', () => {
  it('refer to grids, micro-grids, grid staff and people of the community', () => {
    const keys = new Set(szs.people.map((p) => p.key));
    expect(new Set(households.map((h) => h.code)).size).toBe(households.length);
    for (const h of households) {
      const grid = szs.grids.find((g) => g.code === h.grid)!;
      expect({ code: h.code, grid: !!grid }).toEqual({ code: h.code, grid: true });
      expect(grid.microGrids.map((m) => m.code)).toContain(h.microGrid);
      expect(grid.assignments.some((a) => a.person === h.gridWorker && a.role !== 'VOLUNTEER')).toBe(true);
      expect(h.members.filter((m) => m.relation === 'HEAD').map((m) => m.person)).toEqual([h.head]);
      for (const m of h.members) expect(keys.has(m.person)).toBe(true);
      // a grade exactly when the categories name a disability
      expect(h.disabilityGrade !== undefined).toBe(h.categories.includes('DISABILITY'));
    }
    // nobody is in two households
    const members = households.flatMap((h) => h.members.map((m) => m.person));
    expect(new Set(members).size).toBe(members.length);
  });

  it('are the seed’s 31 households with its 18 elderly living alone and its two adoption stories', () => {
    expect(households).toHaveLength(31);
    expect(households.filter((h) => h.categories.includes('ELDERLY_LIVING_ALONE'))).toHaveLength(18);
    const [wheelchair, fund] = households;
    expect(wheelchair).toMatchObject({ disabilityGrade: 2 });
    const son = wheelchair.members.find((m) => m.relation === 'CHILD')!;
    expect(ageOn(son.person, wheelchair.filedOn)).toBeGreaterThanOrEqual(18);
    const grandson = fund.members.find((m) => m.relation === 'GRANDCHILD')!;
    expect(ageOn(grandson.person, fund.filedOn)).toBe(4);
    expect(fund.categories).toContain('BEREAVED_ONLY_CHILD');
  });
});
