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
interface Adoption {
  household: string;
  partner: string;
  adoptedOn: string;
  pledges: { kind: string; amountFen?: number; startsOn: string; untilMember?: string }[];
  support: { pledge: number; deliveredOn: string; amountFen?: number; item?: string }[];
}
interface Community {
  name: string;
  partnerships?: { partner: string }[];
  adoptions?: Adoption[];
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

describe('demo adoptions (狮子山)', () => {
  const adoptions = szs.adoptions ?? [];

  it('adopt published files of the community through its partnerships; pledges and deliveries line up', () => {
    const partners = new Set((szs.partnerships ?? []).map((p) => p.partner));
    expect(new Set(adoptions.map((a) => a.household)).size).toBe(adoptions.length);
    for (const a of adoptions) {
      const file = households.find((h) => h.code === a.household)!;
      expect({ household: a.household, published: file?.status }).toEqual({
        household: a.household,
        published: 'PUBLISHED',
      });
      expect(partners.has(a.partner)).toBe(true);
      expect(a.adoptedOn > file.filedOn).toBe(true);
      for (const p of a.pledges) {
        if (p.untilMember) {
          expect(file.members.map((m) => m.person)).toContain(p.untilMember);
          expect(ageOn(p.untilMember, p.startsOn)).toBeLessThan(18);
        }
        if (p.kind === 'RECURRING_MONEY') expect(p.amountFen).toBeGreaterThan(0);
      }
      for (const s of a.support) {
        const pledge = a.pledges[s.pledge];
        expect(pledge).toBeDefined();
        expect(s.deliveredOn >= pledge.startsOn).toBe(true);
        // money on a money pledge, an item on an in-kind one
        expect(pledge.kind === 'RECURRING_MONEY' ? s.amountFen : s.item).toBeDefined();
      }
    }
  });

  it('tell the seed’s two stories, and nine partner enterprises gave more than ¥30,000', () => {
    const [wheelchair, fund] = adoptions;
    expect(wheelchair.pledges[0]).toMatchObject({ kind: 'ONE_OFF_IN_KIND' });
    expect(fund.pledges[0]).toMatchObject({ kind: 'RECURRING_MONEY', amountFen: 1_000_000 });
    expect(fund.pledges[0].untilMember).toBeDefined();
    expect(new Set(adoptions.map((a) => a.partner)).size).toBe(9);
    const money = adoptions.flatMap((a) => a.support).reduce((sum, s) => sum + (s.amountFen ?? 0), 0);
    expect(money).toBeGreaterThan(30_000_00);
  });
});
