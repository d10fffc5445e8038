/**
 * Validators for the Chinese identifiers the platform stores: administrative division codes
 * (tenant codes), mainland mobile numbers, resident ID numbers (居民身份证号码) and unified social
 * credit codes (统一社会信用代码, partner units). Pure functions with no I/O: used by the input
 * decorators in `./decorators`, by the demo-tenant loader and by tests.
 *
 * Each validator takes `unknown` so it can sit behind a class-validator decorator, where the
 * value is whatever the client sent.
 */

/**
 * First two digits of every province-level division (GB/T 2260): 11–15 North, 21–23 North-east,
 * 31–37 East, 41–46 Central-South, 50–54 South-west, 61–65 North-west, 71 Taiwan, 81 Hong Kong,
 * 82 Macao. A code or ID number starting with anything else cannot be real.
 */
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82'],
]);

/**
 * Whether two digits are a province-level prefix. Both division codes and resident ID numbers
 * begin with one, so a wrong prefix is the cheapest way to reject a made-up number.
 */
export function isProvincePrefix(prefix: string): boolean {
  return PROVINCE_PREFIXES.has(prefix);
}

// ---------------------------------------------------------------------------------------------
// Administrative division codes (行政区划代码 / 统计用区划代码, 12 digits)
// ---------------------------------------------------------------------------------------------

/** Level of a division code, read from which trailing groups are zero. */
export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN' | 'VILLAGE';

/**
 * A 12-digit administrative division code: 2 digits province, 2 city, 2 county, 3 town/street,
 * 3 village/community, with a real province prefix. Tenant nodes are identified by these codes
 * (the district is a county-level code, a street a town-level one, a community a village-level
 * one), so integrators can join our data with their own by code.
 *
 * Only the shape and the province prefix are checked: the national list changes every year and
 * communities are created locally, so no list of valid codes is kept here.
 */
export function isDivisionCode(s: unknown): s is string {
  return typeof s === 'string' && /^[0-9]{12}$/.test(s) && PROVINCE_PREFIXES.has(s.slice(0, 2));
}

/**
 * Level of a division code from its trailing zeros: PROVINCE (digits 3–12 zero), CITY (5–12
 * zero), COUNTY (7–12 zero), TOWN/street (10–12 zero), VILLAGE/community (10–12 not zero).
 * A city without counties (东莞 441900000000) has towns directly under it (441900003000): they
 * still read as TOWN because the rule looks only at the trailing groups.
 *
 * @throws RangeError when `code` is not a division code (see {@link isDivisionCode}).
 */
export function divisionLevel(code: string): DivisionLevel {
  if (!isDivisionCode(code)) throw new RangeError(`not a 12-digit administrative division code: ${code}`);
  if (/^0{10}$/.test(code.slice(2))) return 'PROVINCE';
  if (/^0{8}$/.test(code.slice(4))) return 'CITY';
  if (/^0{6}$/.test(code.slice(6))) return 'COUNTY';
  if (code.slice(9) === '000') return 'TOWN';
  return 'VILLAGE';
}

const PREFIX_LENGTH: Record<DivisionLevel, number> = {
  PROVINCE: 2,
  CITY: 4,
  COUNTY: 6,
  TOWN: 9,
  VILLAGE: 12,
};

/**
 * The meaningful prefix of a division code (its digits without the zero groups of lower
 * levels): '41', '4101', '410103', '410103001', or all 12 digits for a community. A child
 * division's code starts with its parent's meaningful prefix, which is how the tenant tree is
 * checked against the codes.
 *
 * @throws RangeError when `code` is not a division code.
 */
export function divisionPrefix(code: string): string {
  return code.slice(0, PREFIX_LENGTH[divisionLevel(code)]);
}

// ---------------------------------------------------------------------------------------------
// Mainland mobile numbers
// ---------------------------------------------------------------------------------------------

/**
 * A mainland China mobile number as residents type it: 11 ASCII digits starting 13–19 (every
 * carrier's number blocks, including 14x data-only and 16x/19x ranges). No country code, spaces
 * or dashes: inputs are normalised by the caller, and storing one canonical form keeps
 * de-duplication and masking (138****1234) simple.
 */
export function isMainlandMobile(s: unknown): s is string {
  return typeof s === 'string' && /^1[3-9][0-9]{9}$/.test(s);
}

// ---------------------------------------------------------------------------------------------
// Resident ID numbers (GB 11643-1999, 18 characters)
// ---------------------------------------------------------------------------------------------

/** ISO 7064 MOD 11-2 weights of positions 1–17 (2^(18-i) mod 11), as printed in GB 11643. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for each value of (weighted sum mod 11): 0→'1', 1→'0', 2→'X', 3→'9' … 10→'2'. */
const ID_CHECK_CHARS = '10X98765432';

/**
 * The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits of a resident ID
 * number: '0'–'9' or 'X'. Exported so tests and demo data can build valid numbers instead of
 * copying real people's.
 *
 * @throws RangeError when `first17` is not exactly 17 ASCII digits.
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) throw new RangeError('a resident ID number body is 17 ASCII digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/** Oldest birth year accepted: rejects 0000-style garbage while allowing any living person. */
const MIN_BIRTH_YEAR = 1800;

/** Whether year/month/day is a real Gregorian calendar date (no 2月30日, 29 Feb only in leap years). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Today's date in China (UTC+8, no daylight saving) as YYYYMMDD: birth dates are Beijing-time
 * calendar dates, whatever time zone the server runs in.
 */
function chinaDateKey(now: Date): string {
  const d = new Date(now.getTime() + 8 * 3600 * 1000);
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${d.getUTCFullYear()}${mm}${dd}`;
}

/** Whether the 8 digits are a plausible birth date: a real calendar date, from 1800, not after `today`. */
function isBirthDateKey(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  return year >= MIN_BIRTH_YEAR && isCalendarDate(year, month, day) && yyyymmdd <= chinaDateKey(today);
}

/**
 * An 18-character resident ID number (GB 11643-1999): a 6-digit division code of the place of
 * registration (valid province prefix), 8-digit birth date YYYYMMDD that is a real calendar date
 * and not in the future (China time), a 3-digit sequence (odd for men), and the ISO 7064
 * MOD 11-2 check character. The check character is the uppercase 'X' the standard prints:
 * callers normalise a typed lowercase 'x' before validating.
 *
 * Households in need are filed with their members' ID numbers; rejecting mistyped numbers at the
 * door avoids duplicate files for one person. 15-digit first-generation numbers are not accepted
 * (expired since 2013).
 *
 * @param today reference date for "not in the future" (tests pass a fixed date).
 */
export function isResidentIdNumber(s: unknown, today: Date = new Date()): s is string {
  if (typeof s !== 'string' || !/^[0-9]{17}[0-9X]$/.test(s)) return false;
  if (!PROVINCE_PREFIXES.has(s.slice(0, 2))) return false;
  if (!isBirthDateKey(s.slice(6, 14), today)) return false;
  return residentIdCheckChar(s.slice(0, 17)) === s[17];
}

/**
 * Birth date encoded in a resident ID number, as YYYY-MM-DD: lets a person's birth date (and so
 * whether they are a minor) be derived from, or checked against, their ID number. Reads only
 * positions 7–14; call {@link isResidentIdNumber} first to know the whole number is valid.
 *
 * @throws RangeError when `s` is not 18 characters of ID-number shape or the date is not a real
 *   calendar date.
 */
export function residentIdBirthDate(s: string): string {
  if (!/^[0-9]{17}[0-9X]$/.test(s)) throw new RangeError('not an 18-character resident ID number');
  const year = Number(s.slice(6, 10));
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  if (!isCalendarDate(year, month, day))
    throw new RangeError(`no such birth date in ID number: ${s.slice(6, 14)}`);
  return `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
}

// ---------------------------------------------------------------------------------------------
// Unified social credit codes (GB 32100-2015, 18 characters)
// ---------------------------------------------------------------------------------------------

/** The 31 characters GB 32100 allows, in value order (no I, O, Z, S, V: easily confused). */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1–17 (3^(i-1) mod 31), as printed in GB 32100. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * The GB 32100 check character of the first 17 characters of a unified social credit code:
 * value 31 − (Σ value×weight mod 31), with 31 mapped to 0, written in the code's own charset.
 *
 * @throws RangeError when `first17` is not 17 characters of the GB 32100 charset (uppercase).
 */
export function unifiedSocialCreditCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('a unified social credit code body is 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]);
    if (value < 0)
      throw new RangeError(`character not allowed in a unified social credit code: ${first17[i]}`);
    sum += value * USCC_WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return USCC_CHARSET[check === 31 ? 0 : check];
}

/**
 * An 18-character unified social credit code (GB 32100-2015): characters from the standard's
 * 31-character set (digits and uppercase letters without I, O, Z, S, V) and a valid check
 * character. Partner units (enterprises, law firms, hospitals, banks…) are registered once
 * platform-wide under this code, so a typo must not create a second unit.
 *
 * The inner structure (registration authority, organisation type, division code, organisation
 * code) is not checked: codes issued by different authorities vary, and the check character
 * already catches almost every typo.
 */
export function isUnifiedSocialCreditCode(s: unknown): s is string {
  if (typeof s !== 'string' || s.length !== 18) return false;
  for (const ch of s) if (!USCC_CHARSET.includes(ch)) return false;
  return unifiedSocialCreditCheckChar(s.slice(0, 17)) === s[17];
}
