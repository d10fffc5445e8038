import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isMainlandMobile,
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
  residentIdBirthDate,
} from '../../api/core/validation/identifiers';

/**
 * The teams, programmes, venues and partners of the demo tenant files: every cross-reference the
 * JSON Schema cannot express (person keys, team names, partner keys, credit codes, dates), then the
 * figures taken from the seed articles. (tenants-data.test.ts checks the shape and the organisation.)
 */

const TENANTS_DIR = path.resolve(__dirname, '../../tenants');

interface Person {
  key: string;
  name: string;
  phone: string;
  idNumber: string;
  address: string;
  birthDate: string;
  skills: string[];
}
interface Member {
  person: string;
  role: string;
  joinedOn: string;
  leftOn?: string;
}
interface Team {
  name: string;
  kind: string;
  theme?: string;
  foundedOn: string;
  leader: string;
  members: Member[];
  kindChanges?: { to: string; on: string; note: string }[];
}
interface Indicator {
  name: string;
  unit: string;
  target: number;
  measurements: { measuredOn: string; value: number }[];
}
interface SubProject {
  name: string;
  status: string;
  startsOn: string;
  endsOn?: string;
  leadTeam: string;
  supportingTeams: string[];
  partners: string[];
  indicators: Indicator[];
  schedule?: { frequency: string; startsOn: string; fields: string[]; fixedVolunteers: number };
}
interface Project {
  name: string;
  community?: string;
  subProjects: SubProject[];
}
interface Programme {
  name: string;
  startsOn: string;
  endsOn?: string;
  projects: Project[];
}
interface Venue {
  name: string;
  kind: string;
  operatorTeam?: string;
  amenities: string[];
  openingHours: { days: string[]; intervals: [string, string][] }[];
  spaces?: { name: string; kind: string; capacity: number; bookable: boolean }[];
}
interface Partnership {
  partner: string;
  signedOn: string;
  startsOn: string;
  endsOn?: string;
  acceptsPoints?: boolean;
}
interface Wish {
  poster: string;
  title: string;
  category: string;
  postedOn: string;
  expiresOn: string;
  claim?: { partner?: string; person?: string; on: string };
  delivered?: { on: string; by: string };
  closedOn?: string;
}
interface Owner {
  code: string;
  name: string;
  wishes?: Wish[];
  people?: Person[];
  teams?: Team[];
  programmes?: Programme[];
  venues?: Venue[];
  partnerships?: Partnership[];
}
interface Street extends Owner {
  communities: Owner[];
}
interface PartnerUnit {
  key: string;
  name: string;
  kind: string;
  creditCode: string;
  contactPhone: string;
}
interface TenantFile {
  district: { code: string };
  streets: Street[];
  partnerUnits?: PartnerUnit[];
}

const files: [string, TenantFile][] = readdirSync(TENANTS_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(path.join(TENANTS_DIR, f), 'utf8')) as TenantFile]);

/** Every tenant that owns data, with the street above it (null for a street). */
const owners = (f: TenantFile): { owner: Owner; street: Street | null }[] =>
  f.streets.flatMap((s) => [
    { owner: s as Owner, street: null },
    ...s.communities.map((c) => ({ owner: c, street: s })),
  ]);
const allOwners = files.flatMap(([, f]) => owners(f).map((o) => o.owner));
const ownerNamed = (name: string): Owner => {
  const found = allOwners.filter((o) => o.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};
const teamNamed = (owner: Owner, name: string): Team => {
  const team = owner.teams?.find((t) => t.name === name);
  expect(team).toBeDefined();
  return team!;
};
const activeOn = (team: Team, date: string) =>
  team.members.filter((m) => m.joinedOn <= date && (!m.leftOn || m.leftOn > date)).length;
const subProjectsOf = (p: Programme) => p.projects.flatMap((x) => x.subProjects);
const latest = (i: Indicator) =>
  [...i.measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)).at(-1)!;

describe('demo tenant files: teams, programmes, venues, partners', () => {
  describe('street people', () => {
    it.each(files)('%s: pass the same checks as community people', (_file, f) => {
      const county = f.district.code.slice(0, 6);
      for (const s of f.streets) {
        for (const p of s.people ?? []) {
          expect(isMainlandMobile(p.phone)).toBe(true);
          expect(isResidentIdNumber(p.idNumber)).toBe(true);
          expect(residentIdBirthDate(p.idNumber)).toBe(p.birthDate);
          expect(p.idNumber.slice(0, 6)).toBe(county);
          expect(p.address.startsWith(s.name)).toBe(true);
        }
      }
    });
  });

  describe('teams', () => {
    it.each(files)('%s: names unique per tenant; leader and members are people of the tenant', (_file, f) => {
      for (const { owner } of owners(f)) {
        const teams = owner.teams ?? [];
        expect(new Set(teams.map((t) => t.name)).size).toBe(teams.length);
        const keys = new Set((owner.people ?? []).map((p) => p.key));
        for (const t of teams) {
          expect({ team: t.name, leader: keys.has(t.leader) }).toEqual({ team: t.name, leader: true });
          expect(t.members.filter((m) => m.role === 'LEADER').map((m) => m.person)).toEqual([t.leader]);
          for (const m of t.members) {
            expect(keys.has(m.person)).toBe(true);
            expect(m.joinedOn >= t.foundedOn).toBe(true);
            if (m.leftOn) expect(m.leftOn > m.joinedOn).toBe(true);
          }
          expect(new Set(t.members.map((m) => m.person)).size).toBe(t.members.length);
          for (const change of t.kindChanges ?? []) expect(change.on >= t.foundedOn).toBe(true);
        }
      }
    });
  });

  describe('partners', () => {
    const units = files.flatMap(([, f]) => f.partnerUnits ?? []);

    it('credit codes pass GB 32100 and are unique, as are keys and names', () => {
      for (const u of units) {
        expect({ unit: u.name, valid: isUnifiedSocialCreditCode(u.creditCode) }).toEqual({
          unit: u.name,
          valid: true,
        });
        expect(isMainlandMobile(u.contactPhone)).toBe(true);
      }
      for (const field of ['creditCode', 'key', 'name'] as const) {
        expect(new Set(units.map((u) => u[field])).size).toBe(units.length);
      }
    });

    it.each(files)(
      '%s: partnerships name units of the file, once per tenant; only merchants accept points',
      (_file, f) => {
        const byKey = new Map((f.partnerUnits ?? []).map((u) => [u.key, u]));
        for (const { owner } of owners(f)) {
          const ps = owner.partnerships ?? [];
          expect(new Set(ps.map((p) => p.partner)).size).toBe(ps.length);
          for (const p of ps) {
            expect(byKey.has(p.partner)).toBe(true);
            if (p.acceptsPoints) expect(byKey.get(p.partner)!.kind).toBe('MERCHANT');
            if (p.endsOn) expect(p.endsOn >= p.startsOn).toBe(true);
          }
        }
      },
    );
  });

  describe('programmes', () => {
    it.each(files)(
      '%s: teams and partners resolve in the owning tenant (or its street), dates in order',
      (_file, f) => {
        for (const { owner, street } of owners(f)) {
          for (const programme of owner.programmes ?? []) {
            for (const project of programme.projects) {
              // a street programme may hold a community's project
              const projectOwner = project.community
                ? street === null
                  ? (owner as Street).communities.find((c) => c.code === project.community)
                  : undefined
                : owner;
              expect({ project: project.name, owner: !!projectOwner }).toEqual({
                project: project.name,
                owner: true,
              });
              const above = projectOwner === owner ? street : (owner as Street);
              const teams = new Set(
                [...(projectOwner!.teams ?? []), ...(above?.teams ?? [])].map((t) => t.name),
              );
              const partners = new Set((projectOwner!.partnerships ?? []).map((p) => p.partner));
              for (const sp of project.subProjects) {
                for (const team of [sp.leadTeam, ...sp.supportingTeams]) {
                  expect({ sp: sp.name, team, known: teams.has(team) }).toEqual({
                    sp: sp.name,
                    team,
                    known: true,
                  });
                }
                for (const partner of sp.partners) expect(partners.has(partner)).toBe(true);
                expect(sp.startsOn >= programme.startsOn || !!project.community).toBe(true);
                if (sp.endsOn) expect(sp.endsOn >= sp.startsOn).toBe(true);
                for (const i of sp.indicators) {
                  const values = [...i.measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
                  // cumulative figures never go down
                  for (let k = 1; k < values.length; k++)
                    expect(values[k].value).toBeGreaterThanOrEqual(values[k - 1].value);
                }
              }
            }
          }
        }
      },
    );
  });

  describe('venues', () => {
    it.each(files)(
      '%s: operators resolve; opening intervals end after they start; space names unique',
      (_file, f) => {
        for (const { owner } of owners(f)) {
          for (const v of owner.venues ?? []) {
            if (v.operatorTeam) expect((owner.teams ?? []).some((t) => t.name === v.operatorTeam)).toBe(true);
            for (const h of v.openingHours) {
              for (const [from, to] of h.intervals) expect(to > from).toBe(true);
            }
            const spaces = v.spaces ?? [];
            expect(new Set(spaces.map((s) => s.name)).size).toBe(spaces.length);
          }
        }
      },
    );
  });

  describe('micro-wishes', () => {
    it.each(files)('%s: posters, claimants and deliverers resolve; the steps are in order', (_file, f) => {
      for (const { owner } of owners(f)) {
        const keys = new Set((owner.people ?? []).map((p) => p.key));
        const partners = new Set((owner.partnerships ?? []).map((p) => p.partner));
        for (const w of owner.wishes ?? []) {
          expect(keys.has(w.poster)).toBe(true);
          expect(w.expiresOn > w.postedOn).toBe(true);
          if (w.claim) {
            // exactly one claimant: a partner of this community or one of its people (not the poster)
            expect([w.claim.partner, w.claim.person].filter(Boolean)).toHaveLength(1);
            if (w.claim.partner) expect(partners.has(w.claim.partner)).toBe(true);
            if (w.claim.person) expect(keys.has(w.claim.person) && w.claim.person !== w.poster).toBe(true);
            expect(w.claim.on >= w.postedOn && w.claim.on <= w.expiresOn).toBe(true);
          }
          if (w.delivered) {
            expect(w.claim).toBeDefined();
            expect(keys.has(w.delivered.by)).toBe(true);
            expect(w.delivered.on >= w.claim!.on).toBe(true);
          }
          if (w.closedOn) expect(w.delivered && w.closedOn >= w.delivered.on).toBe(true);
        }
      }
    });
  });

  describe('facts from the seeds', () => {
    it('城南: the wish wall has the named book and the doll, claimed by partner units and delivered on 3-10', () => {
      const wishes = ownerNamed('城南社区').wishes!;
      const book = wishes.find((w) => w.title === '《优雅走过下雨天》')!;
      const doll = wishes.find((w) => w.category === 'TOY')!;
      for (const w of [book, doll]) {
        expect(w.claim!.partner).toBeDefined();
        expect(w.delivered!.on).toBe('2024-03-10');
      }
      expect(wishes.filter((w) => w.claim?.partner && w.delivered).length).toBeGreaterThanOrEqual(5);
    });

    it('绿云: 16 volunteer teams and N self-organisations; 巧厨娘 grew from 8 to 60 and became a social enterprise', () => {
      const lvyun = ownerNamed('绿云社区');
      const teams = lvyun.teams!;
      expect(teams.filter((t) => t.kind !== 'MASS_SELF_ORGANISATION')).toHaveLength(16);
      expect(teams.some((t) => t.kind === 'MASS_SELF_ORGANISATION')).toBe(true);
      const cooks = teamNamed(lvyun, '巧厨娘志愿服务队');
      expect(activeOn(cooks, cooks.foundedOn)).toBe(8);
      expect(activeOn(cooks, '2024-12-01')).toBe(60);
      expect(cooks.kindChanges).toEqual([expect.objectContaining({ to: 'SOCIAL_ENTERPRISE' })]);
      expect(teamNamed(lvyun, '调解千千结志愿服务队').kind).toBe('MEDIATION');
    });

    it('绿云: 点点爱 has 7 projects and 23 sub-projects; 24 merchants accept points; 123法律之家 with the law firm', () => {
      const lvyun = ownerNamed('绿云社区');
      const [programme] = lvyun.programmes!;
      expect(programme.name).toContain('点点爱');
      expect(programme.projects).toHaveLength(7);
      expect(subProjectsOf(programme)).toHaveLength(23);
      expect(programme.projects.map((p) => p.name)).toEqual(
        expect.arrayContaining(['义服务', '乐课堂', '享绿意']),
      );
      expect(lvyun.partnerships!.filter((p) => p.acceptsPoints)).toHaveLength(24);
      const units = files.flatMap(([, f]) => f.partnerUnits ?? []);
      const lawFirms = lvyun.partnerships!.filter(
        (p) => units.find((u) => u.key === p.partner)!.kind === 'LAW_FIRM',
      );
      expect(lawFirms).toHaveLength(1);
      expect(lvyun.venues!.map((v) => v.kind)).toEqual(
        expect.arrayContaining(['CANTEEN', 'POINTS_SUPERMARKET', 'LAW_HOUSE']),
      );
      expect(lvyun.venues!.find((v) => v.kind === 'CANTEEN')!.operatorTeam).toBe('巧厨娘志愿服务队');
    });

    it("城南: four women's teams and the safe-community station with its four zones", () => {
      const chengnan = ownerNamed('城南社区');
      expect(chengnan.teams!.filter((t) => t.kind === 'WOMEN')).toHaveLength(4);
      const station = chengnan.venues!.find((v) => v.kind === 'SAFE_COMMUNITY_STATION')!;
      expect(station.spaces!.filter((s) => s.kind === 'ZONE')).toHaveLength(4);
    });

    it('新城区: the 小蜜蜂 rest station with its amenities, the culture centre with bookable rooms', () => {
      const xcq = ownerNamed('新城区社区');
      const station = xcq.venues!.find((v) => v.kind === 'REST_STATION')!;
      expect(station.name).toContain('小蜜蜂');
      expect(station.amenities).toEqual(
        expect.arrayContaining(['HEATER', 'MICROWAVE', 'PHONE_CHARGER', 'FIRST_AID_KIT', 'DRINKING_WATER']),
      );
      const centre = xcq.venues!.find((v) => v.kind === 'CULTURE_CENTRE')!;
      expect(centre.spaces!.filter((s) => s.kind === 'ROOM' && s.bookable).length).toBeGreaterThanOrEqual(4);
    });

    it("狮子山: 9 enterprises, a bank, a securities firm and a training school; 幸福来敲门 sits in 金盆岭's programme", () => {
      const [, tianxin] = files.find(([file]) => file === 'tianxin.json')!;
      const szs = ownerNamed('狮子山社区');
      const kinds = szs.partnerships!.map((p) => tianxin.partnerUnits!.find((u) => u.key === p.partner)!);
      const enterprises = kinds.filter((u) => u.kind === 'ENTERPRISE' || u.kind === 'PROPERTY_MANAGER');
      expect(enterprises).toHaveLength(9);
      expect(kinds.filter((u) => u.kind === 'BANK').map((u) => u.name)).toEqual([
        expect.stringContaining('银行'),
        expect.stringContaining('证券'),
      ]);
      expect(kinds.filter((u) => u.kind === 'SCHOOL')).toHaveLength(1);
      const street = ownerNamed('金盆岭街道');
      const [programme] = street.programmes!;
      expect(programme.name).toBe('爱心天心 金福工程');
      expect(programme.projects.find((p) => p.name === '幸福来敲门')!.community).toBe(szs.code);
    });

    it('跃进: six street teams 五色一彩 and the four sub-projects with their figures', () => {
      const yuejin = ownerNamed('跃进街道');
      const themes = yuejin.teams!.filter((t) => t.theme).map((t) => t.theme);
      expect(new Set(themes)).toEqual(
        new Set([
          'PARTY_RED',
          'WARM_ORANGE',
          'ECO_GREEN',
          'GUARDIAN_BLUE',
          'ARTS_PURPLE',
          'BRILLIANT_COLOURS',
        ]),
      );
      const subs = yuejin.programmes!.flatMap(subProjectsOf);
      expect(subs.map((s) => s.name)).toEqual(['爱心课堂', '旧物集市', '暖心驿站', '移动之家']);
      const figure = (sp: string, indicator: string) =>
        latest(subs.find((s) => s.name === sp)!.indicators.find((i) => i.name === indicator)!).value;
      expect(figure('旧物集市', '交换物品')).toBe(157);
      expect(figure('暖心驿站', '流动课堂')).toBe(12);
      const mobile = subs.find((s) => s.name === '移动之家')!;
      expect(mobile.schedule).toMatchObject({ frequency: 'WEEKLY', fixedVolunteers: 12 });
      expect(mobile.schedule!.fields).toHaveLength(5);
      expect(activeOn(teamNamed(yuejin, mobile.leadTeam), '2024-12-01')).toBe(12);
    });
  });
});
