import { validateSync } from 'class-validator';
import {
  divisionLevel,
  divisionPrefix,
  isDivisionCode,
  isMainlandMobile,
  isProvincePrefix,
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
  residentIdBirthDate,
  residentIdCheckChar,
  unifiedSocialCreditCheckChar,
} from '../../api/core/validation/identifiers';
import {
  IsDivisionCode,
  IsMainlandMobile,
  IsResidentIdNumber,
  IsUnifiedSocialCreditCode,
} from '../../api/core/validation/decorators';

/** Builds a valid ID number from its parts with the check function under test. */
const makeId = (region: string, yyyymmdd: string, seq: string): string => {
  const body = `${region}${yyyymmdd}${seq}`;
  return body + residentIdCheckChar(body);
};
/** Replaces the last character with another one from the same alphabet. */
const withWrongLast = (s: string, alphabet: string): string => {
  const last = s[s.length - 1];
  const other = alphabet[(alphabet.indexOf(last) + 1) % alphabet.length];
  return s.slice(0, -1) + other;
};
const TODAY = new Date('2025-06-15T04:00:00Z');

describe('isProvincePrefix', () => {
  it.each(['11', '15', '21', '23', '31', '37', '41', '46', '50', '54', '61', '65', '71', '81', '82'])(
    '%s is a province',
    (p) => expect(isProvincePrefix(p)).toBe(true),
  );
  it.each([
    '00',
    '10',
    '16',
    '20',
    '24',
    '30',
    '38',
    '40',
    '47',
    '49',
    '55',
    '60',
    '66',
    '70',
    '72',
    '80',
    '83',
    '99',
  ])('%s is not a province', (p) => expect(isProvincePrefix(p)).toBe(false));
});

describe('isDivisionCode', () => {
  it.each([
    '410000000000', // 河南省
    '410100000000', // 郑州市
    '410103000000', // 二七区
    '410103001000', // 淮河路街道
    '410103001012',
    '310113000000', // 上海市宝山区
    '230506002000', // 双鸭山市宝山区跃进街道
    '820000000000',
  ])('accepts %s', (code) => expect(isDivisionCode(code)).toBe(true));

  it.each([
    ['too short', '41010300000'],
    ['too long', '4101030000000'],
    ['unknown province 10', '100103000000'],
    ['unknown province 99', '990000000000'],
    ['letters', '41010300000A'],
    ['full-width digits', '４１０１０３００００００'],
    ['spaces', '410103 00000'],
    ['empty', ''],
  ])('rejects %s', (_label, code) => expect(isDivisionCode(code)).toBe(false));

  it.each([null, undefined, 410103000000, {}, []])('rejects non-string %p', (v) =>
    expect(isDivisionCode(v)).toBe(false),
  );
});

describe('divisionLevel and divisionPrefix', () => {
  it.each([
    ['410000000000', 'PROVINCE', '41'],
    ['410100000000', 'CITY', '4101'],
    ['410103000000', 'COUNTY', '410103'],
    ['410103001000', 'TOWN', '410103001'],
    ['410103001012', 'VILLAGE', '410103001012'],
    ['441900003000', 'TOWN', '441900003'], // 东莞: towns directly under a city without counties
    ['441900003001', 'VILLAGE', '441900003001'],
    ['310113000000', 'COUNTY', '310113'],
  ] as const)('%s is %s with prefix %s', (code, level, prefix) => {
    expect(divisionLevel(code)).toBe(level);
    expect(divisionPrefix(code)).toBe(prefix);
  });

  it('throws on a string that is not a division code', () => {
    expect(() => divisionLevel('12345')).toThrow(RangeError);
    expect(() => divisionPrefix('000000000000')).toThrow(RangeError);
  });
});

describe('isMainlandMobile', () => {
  it.each([
    '13812341234',
    '13912345678',
    '14512345678',
    '15912345678',
    '16612345678',
    '17712345678',
    '18612345678',
    '19912345678',
  ])('accepts %s', (p) => expect(isMainlandMobile(p)).toBe(true));
  it.each([
    ['starts 12', '12812341234'],
    ['starts 10', '10812341234'],
    ['starts 2', '23812341234'],
    ['10 digits', '1381234123'],
    ['12 digits', '138123412345'],
    ['country code', '+8613812341234'],
    ['spaces', '138 1234 1234'],
    ['dashes', '138-1234-1234'],
    ['landline', '037167891234'],
    ['full-width', '１３８１２３４１２３４'],
    ['empty', ''],
  ])('rejects %s', (_label, p) => expect(isMainlandMobile(p)).toBe(false));
  it('rejects numbers', () => expect(isMainlandMobile(13812341234)).toBe(false));
});

describe('resident ID numbers (GB 11643)', () => {
  describe('published examples', () => {
    // The worked examples printed in GB 11643-1999 itself.
    it.each(['11010519491231002X', '440524188001010014'])('%s is valid', (id) => {
      expect(isResidentIdNumber(id, TODAY)).toBe(true);
      expect(residentIdCheckChar(id.slice(0, 17))).toBe(id[17]);
    });
    it('reads the birth date of the examples', () => {
      expect(residentIdBirthDate('11010519491231002X')).toBe('1949-12-31');
      expect(residentIdBirthDate('440524188001010014')).toBe('1880-01-01');
    });
  });

  describe('residentIdCheckChar', () => {
    it('gives X when the weighted sum is 2 mod 11', () =>
      expect(residentIdCheckChar('11010519491231002')).toBe('X'));
    it('covers every check character', () => {
      const seen = new Set<string>();
      for (let seq = 0; seq < 400 && seen.size < 11; seq++) {
        seen.add(residentIdCheckChar(`41010319800101${String(seq).padStart(3, '0')}`));
      }
      expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
    });
    it.each(['1101051949123100', '110105194912310021', '1101051949123100X', 'abcdefghijklmnopq'])(
      'rejects body %s',
      (b) => expect(() => residentIdCheckChar(b)).toThrow(RangeError),
    );
  });

  describe('isResidentIdNumber', () => {
    it.each([
      ['河南 二七区', makeId('410103', '19680512', '123')],
      ['湖南 天心区', makeId('430103', '19501231', '002')],
      ['甘肃 永登县', makeId('620121', '20000229', '045')], // leap day
      ['黑龙江 宝山区', makeId('230506', '20250615', '018')], // born "today" in China
      ['香港', makeId('810000', '19900101', '101')],
    ])('accepts a computed valid number (%s)', (_label, id) => {
      expect(id).toHaveLength(18);
      expect(isResidentIdNumber(id, TODAY)).toBe(true);
    });

    const valid = makeId('410103', '19680512', '123');
    it('rejects a wrong check character', () => {
      expect(isResidentIdNumber(withWrongLast(valid, '0123456789X'), TODAY)).toBe(false);
      expect(isResidentIdNumber(withWrongLast('11010519491231002X', '0123456789X'), TODAY)).toBe(false);
    });
    it('rejects a transposition of two digits', () => {
      const swapped = valid.slice(0, 14) + valid[15] + valid[14] + valid.slice(16);
      if (swapped !== valid) expect(isResidentIdNumber(swapped, TODAY)).toBe(false);
    });
    it('rejects a lowercase x (the standard prints X)', () =>
      expect(isResidentIdNumber('11010519491231002x', TODAY)).toBe(false));
    it.each([
      ['17 characters', valid.slice(0, 17)],
      ['19 characters', `${valid}0`],
      ['15-digit first-generation number', '110105491231002'],
      ['letter inside', `${valid.slice(0, 5)}A${valid.slice(6)}`],
      ['X not last', `X${valid.slice(1)}`],
      ['empty', ''],
    ])('rejects wrong shape: %s', (_label, id) => expect(isResidentIdNumber(id, TODAY)).toBe(false));

    it.each([
      ['province 99', makeId('990103', '19680512', '123')],
      ['province 00', makeId('000000', '19680512', '123')],
    ])('rejects a bad province prefix (%s) even with a correct check character', (_label, id) =>
      expect(isResidentIdNumber(id, TODAY)).toBe(false),
    );

    it.each([
      ['month 13', '19681312'],
      ['day 32', '19680132'],
      ['30 February', '19680230'],
      ['29 February in a common year', '19690229'],
      ['day 00', '19680500'],
      ['year 0000', '00000101'],
      ['year before 1800', '17991231'],
    ])('rejects an impossible birth date (%s)', (_label, ymd) =>
      expect(isResidentIdNumber(makeId('410103', ymd, '123'), TODAY)).toBe(false),
    );

    it('rejects a birth date in the future (China time)', () => {
      expect(isResidentIdNumber(makeId('410103', '20250616', '123'), TODAY)).toBe(false);
      expect(isResidentIdNumber(makeId('410103', '20990101', '123'), TODAY)).toBe(false);
      // 2025-06-15 20:00 UTC is already 16 June in Beijing.
      expect(isResidentIdNumber(makeId('410103', '20250616', '123'), new Date('2025-06-15T20:00:00Z'))).toBe(
        true,
      );
    });
    it('uses the current date by default', () =>
      expect(isResidentIdNumber(makeId('410103', '20990101', '123'))).toBe(false));
    it.each([null, undefined, 11010519491231002, {}])('rejects non-string %p', (v) =>
      expect(isResidentIdNumber(v, TODAY)).toBe(false),
    );
  });

  describe('residentIdBirthDate', () => {
    it('formats positions 7–14 as YYYY-MM-DD', () =>
      expect(residentIdBirthDate(makeId('430103', '19501231', '002'))).toBe('1950-12-31'));
    it.each(['1101051949123100', `${makeId('410103', '19680512', '123')}9`])(
      'throws on wrong shape %s',
      (s) => expect(() => residentIdBirthDate(s)).toThrow(RangeError),
    );
    it('throws on an impossible date', () =>
      expect(() => residentIdBirthDate(makeId('410103', '19690229', '123'))).toThrow(RangeError));
  });
});

describe('unified social credit codes (GB 32100)', () => {
  const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

  describe('published examples', () => {
    // Codes quoted in public sources (business-licence samples, public registers); their check
    // characters were also verified with an independent implementation of the algorithm.
    it.each(['91350100M000100Y43', '91440300708461136T'])('%s is valid', (code) => {
      expect(isUnifiedSocialCreditCode(code)).toBe(true);
      expect(unifiedSocialCreditCheckChar(code.slice(0, 17))).toBe(code[17]);
    });
  });

  describe('unifiedSocialCreditCheckChar', () => {
    it('maps check value 31 to 0', () => {
      // Find a body whose weighted sum is 0 mod 31 by adjusting the last body character.
      const stem = '9135010000010000';
      const bodies = [...CHARSET].map((c) => stem + c);
      expect(bodies.map(unifiedSocialCreditCheckChar)).toContain('0');
    });
    it('covers all 31 check characters', () => {
      const seen = new Set<string>();
      for (const a of CHARSET)
        for (const b of CHARSET) seen.add(unifiedSocialCreditCheckChar(`91350100M0001${a}${b}00`));
      expect(seen.size).toBe(31);
    });
    it.each([
      ['16 characters', '91350100M000100Y'],
      ['18 characters', '91350100M000100Y43'],
      ['letter I', '91350100I000100Y4'],
      ['letter O', '91350100O000100Y4'],
      ['lowercase', '91350100m000100y4'],
    ])('throws on %s', (_label, body) =>
      expect(() => unifiedSocialCreditCheckChar(body)).toThrow(RangeError),
    );
  });

  describe('isUnifiedSocialCreditCode', () => {
    const computed = (first17: string) => first17 + unifiedSocialCreditCheckChar(first17);
    it.each(['91410103MA44XYW12', '52430103MJJ123456', '12100000400000624', 'Y1350926000000000'])(
      'accepts a computed valid code from body %s',
      (body) => expect(isUnifiedSocialCreditCode(computed(body))).toBe(true),
    );
    it('rejects a wrong check character', () => {
      expect(isUnifiedSocialCreditCode(withWrongLast('91350100M000100Y43', CHARSET))).toBe(false);
      expect(isUnifiedSocialCreditCode(withWrongLast(computed('91410103MA44XYW12'), CHARSET))).toBe(false);
    });
    it.each([
      ['I', 'I'],
      ['O', 'O'],
      ['Z', 'Z'],
      ['S', 'S'],
      ['V', 'V'],
    ])('rejects the excluded letter %s anywhere', (_label, ch) => {
      expect(isUnifiedSocialCreditCode(`91350100${ch}000100Y43`)).toBe(false);
      expect(isUnifiedSocialCreditCode(`91350100M000100Y4${ch}`)).toBe(false);
    });
    it.each([
      ['lowercase', '91350100m000100y43'],
      ['17 characters', '91350100M000100Y4'],
      ['19 characters', '91350100M000100Y430'],
      ['space', '91350100M000100Y4 '],
      ['empty', ''],
    ])('rejects %s', (_label, code) => expect(isUnifiedSocialCreditCode(code)).toBe(false));
    it.each([null, undefined, 913501, {}])('rejects non-string %p', (v) =>
      expect(isUnifiedSocialCreditCode(v)).toBe(false),
    );
  });
});

describe('class-validator decorators', () => {
  class ResidentInput {
    @IsMainlandMobile()
    phone!: unknown;

    @IsResidentIdNumber()
    idNumber!: unknown;
  }
  class TenantInput {
    @IsDivisionCode()
    code!: unknown;
  }
  class PartnerInput {
    @IsUnifiedSocialCreditCode()
    creditCode!: unknown;

    @IsMainlandMobile({ each: true })
    contacts!: unknown;

    @IsDivisionCode({ message: 'custom: $property' })
    tenantCode!: unknown;
  }
  const errors = (obj: object) =>
    Object.fromEntries(validateSync(obj).map((e) => [e.property, e.constraints]));
  const build = <T extends object>(cls: new () => T, values: Record<string, unknown>): T =>
    Object.assign(new cls(), values);

  it('passes valid values', () => {
    expect(errors(build(ResidentInput, { phone: '13812341234', idNumber: '11010519491231002X' }))).toEqual(
      {},
    );
    expect(errors(build(TenantInput, { code: '410103001000' }))).toEqual({});
    expect(
      errors(
        build(PartnerInput, {
          creditCode: '91350100M000100Y43',
          contacts: ['13812341234', '19912345678'],
          tenantCode: '430103006000',
        }),
      ),
    ).toEqual({});
  });

  it('names the field in the default messages', () => {
    expect(errors(build(ResidentInput, { phone: '12345', idNumber: '11010519491231002Y' }))).toEqual({
      phone: { isMainlandMobile: 'phone must be a mainland mobile number (11 digits starting 13–19)' },
      idNumber: {
        isResidentIdNumber:
          'idNumber must be an 18-character resident ID number (GB 11643) with a real birth date and a correct check character',
      },
    });
    expect(errors(build(TenantInput, { code: '99' }))).toEqual({
      code: {
        isDivisionCode: 'code must be a 12-digit administrative division code with a valid province prefix',
      },
    });
    expect(
      errors(
        build(PartnerInput, { creditCode: '91350100M000100Y44', contacts: [], tenantCode: '410103001000' }),
      ),
    ).toEqual({
      creditCode: {
        isUnifiedSocialCreditCode:
          'creditCode must be an 18-character unified social credit code (GB 32100) with a correct check character',
      },
    });
  });

  it('supports each and custom messages', () => {
    const e = errors(
      build(PartnerInput, {
        creditCode: '91350100M000100Y43',
        contacts: ['13812341234', 'x'],
        tenantCode: 'x',
      }),
    );
    expect(e.contacts).toEqual({
      isMainlandMobile: 'each value in contacts must be a mainland mobile number (11 digits starting 13–19)',
    });
    expect(e.tenantCode).toEqual({ isDivisionCode: 'custom: tenantCode' });
  });

  it('rejects non-string values', () => {
    expect(Object.keys(errors(build(ResidentInput, { phone: 13812341234, idNumber: null })))).toEqual([
      'phone',
      'idNumber',
    ]);
  });
});
