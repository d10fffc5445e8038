/**
 * First-level visibility of personal data: the masked forms every reader gets by default
 * (DOMAIN.md "Personal data": 徐** for a name, 138****1234 for a phone, no ID number, no door
 * number). Pure functions, applied by the @Sensitive field middleware unless the owning
 * tenant's staff reveal the value with a stated purpose (which is audited).
 *
 * Masking errs on the side of showing less: an input the rules do not recognise is cut down
 * harder, never passed through.
 */

/** Kinds of personal field; `mask(kind, value)` applies the matching rule. */
export enum PersonalDataKind {
  NAME = 'NAME',
  PHONE = 'PHONE',
  ID_NUMBER = 'ID_NUMBER',
  ADDRESS = 'ADDRESS',
  BIRTH_DATE = 'BIRTH_DATE',
}

const HAN = /\p{Script=Han}/u;

/**
 * A name with only its first character kept: 徐明 → 徐**, 欧阳娜娜 → 欧***. Chinese names get
 * one star per hidden character but at least two, so a two-character name does not show that it
 * is short (徐**, not 徐*). Names without Chinese characters ("John Smith") keep the first letter
 * and a fixed `***`: counting stars would leak the length of a Western name. Characters are
 * counted as code points (rare characters outside the BMP count once). Empty, null and undefined
 * are returned as they are: there is nothing to hide.
 */
export function maskName(name: string): string;
export function maskName(name: string | null | undefined): string | null | undefined;
export function maskName(name: string | null | undefined): string | null | undefined {
  if (!name) return name;
  const chars = Array.from(name.trim());
  if (chars.length === 0) return name;
  if (!HAN.test(name)) return `${chars[0]}***`;
  return chars[0] + '*'.repeat(Math.max(2, chars.length - 1));
}

/**
 * Name of a minor as shown to partners: the first character and one star (张*). Minors get the
 * shortest form of all, whatever the length of the name.
 */
export function maskMinorName(name: string): string;
export function maskMinorName(name: string | null | undefined): string | null | undefined;
export function maskMinorName(name: string | null | undefined): string | null | undefined {
  if (!name) return name;
  const chars = Array.from(name.trim());
  return chars.length === 0 ? name : `${chars[0]}*`;
}

/**
 * A phone number with its middle hidden: 13812341234 → 138****1234. Any number of 8 or more
 * characters (after removing spaces) keeps its first 3 and last 4 with at least four stars
 * between (0371-12345678 → 037******5678); anything shorter is all stars, since keeping 7
 * characters of it would show nearly all of it. Empty, null and undefined are returned as they are.
 */
export function maskPhone(phone: string): string;
export function maskPhone(phone: string | null | undefined): string | null | undefined;
export function maskPhone(phone: string | null | undefined): string | null | undefined {
  if (!phone) return phone;
  const p = phone.replace(/\s+/g, '');
  if (p.length < 8) return '*'.repeat(p.length || phone.length);
  return p.slice(0, 3) + '*'.repeat(Math.max(4, p.length - 7)) + p.slice(-4);
}

/**
 * No masked form of an ID number exists: a partially shown ID number still gives away the place
 * of registration, the birth date and the sex, so every reader without reveal gets null.
 */
export function maskIdNumber(_idNumber?: unknown): null {
  return null;
}

/**
 * Building-level tokens of a Chinese address: everything up to and including the last of these
 * names a compound or building, which is needed to help (which 楼院 / 楼栋, so which micro-grid),
 * while what follows (单元, 层, 室, room numbers) is the door and is dropped.
 */
const BUILDING_TOKEN = /号楼|号院|小区|社区|栋|幢|座/g;
/** Start of a unit / floor / room part: "2单元", "3层", "401室", "5户". */
const DOOR_PART = /[0-9０-９A-Za-z一二三四五六七八九十]+\s*(?:单元|层|室|户)/;
/** A trailing building-unit-room number such as "12-3-401" or "5-302". */
const NUMERIC_DOOR_TAIL = /[0-9]+(?:-[0-9]+){1,2}\s*$/;

/**
 * An address without its door: kept up to and including the last building-level token (…号楼,
 * 栋, 幢, 号院, 小区, 社区, 座), so '淮河路街道绿云社区3号楼2单元401室' → '淮河路街道绿云社区3号楼' and
 * '嵩山路1号院3栋2单元501' → '嵩山路1号院3栋'. Without a building token but with a unit/floor/room
 * part, everything from that part on is dropped ('嵩山路1号2单元501' → '嵩山路1号'), as is a
 * numeric tail like '12-3-401'. An address with no recognisable structure keeps its first 6
 * characters followed by '…' (or, when it has 6 characters or fewer, its first half), so no
 * unrecognised house number is shown in full.
 */
export function maskAddress(address: string): string;
export function maskAddress(address: string | null | undefined): string | null | undefined;
export function maskAddress(address: string | null | undefined): string | null | undefined {
  if (!address) return address;
  const a = address.trim();

  let end = -1;
  for (const m of a.matchAll(BUILDING_TOKEN)) end = m.index + m[0].length;
  if (end > 0) return a.slice(0, end);

  const door = DOOR_PART.exec(a);
  const cut = door ? door.index : NUMERIC_DOOR_TAIL.exec(a)?.index;
  if (cut !== undefined && cut > 0) {
    const kept = a.slice(0, cut).replace(/[\s,，、-]+$/u, '');
    if (kept) return kept;
  }

  const chars = Array.from(a);
  const keep = chars.length > 6 ? 6 : Math.floor(chars.length / 2);
  return `${chars.slice(0, keep).join('')}…`;
}

/**
 * A birth date reduced to its year ('1950-03-04' → '1950'): enough for age-group statistics and
 * to tell the elderly from the young, not enough to identify anyone. Accepts YYYY-MM-DD,
 * YYYYMMDD or any text with a 4-digit year in it (e.g. a stringified Date); anything else gives
 * null rather than the input.
 */
export function maskBirthDate(birthDate: string): string | null;
export function maskBirthDate(birthDate: string | null | undefined): string | null | undefined;
export function maskBirthDate(birthDate: string | null | undefined): string | null | undefined {
  if (birthDate === null || birthDate === undefined) return birthDate;
  const year = /^(\d{4})(?:-?\d{2}-?\d{2})?/.exec(birthDate.trim()) ?? /\b(\d{4})\b/.exec(birthDate);
  return year ? year[1] : null;
}

/** Calendar date (year, month, day) of a YYYY-MM-DD string or a Date read in China time (UTC+8). */
function calendarDate(value: string | Date): [number, number, number] {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('invalid date');
    const d = new Date(value.getTime() + 8 * 3600 * 1000);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${value}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * Age in full years on `today`: whether someone is a minor (under 18) or elderly decides how
 * their data is shown and which care applies. Someone born on 29 February turns a year older on
 * 1 March in common years. Date objects are read as calendar dates in China time (UTC+8).
 *
 * @throws RangeError for a string that is not YYYY-MM-DD or an invalid Date.
 */
export function ageOn(birthDate: string | Date, today: string | Date = new Date()): number {
  const [by, bm, bd] = calendarDate(birthDate);
  const [ty, tm, td] = calendarDate(today);
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/**
 * The masked form of a personal value of the given kind. ID numbers always give null; other
 * kinds give null/undefined/empty back unchanged.
 */
export function mask(kind: PersonalDataKind, value: string | null | undefined): string | null {
  switch (kind) {
    case PersonalDataKind.NAME:
      return maskName(value) ?? null;
    case PersonalDataKind.PHONE:
      return maskPhone(value) ?? null;
    case PersonalDataKind.ID_NUMBER:
      return maskIdNumber(value);
    case PersonalDataKind.ADDRESS:
      return maskAddress(value) ?? null;
    case PersonalDataKind.BIRTH_DATE:
      return maskBirthDate(value) ?? null;
  }
}
