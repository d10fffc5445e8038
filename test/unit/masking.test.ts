import {
  ageOn,
  mask,
  maskAddress,
  maskBirthDate,
  maskIdNumber,
  maskMinorName,
  maskName,
  maskPhone,
  PersonalDataKind,
} from '../../api/core/privacy/masking';

describe('maskName', () => {
  it.each([
    ['徐明', '徐**'], // two characters still get two stars
    ['徐小平', '徐**'],
    ['欧阳娜娜', '欧***'],
    ['买买提·艾力', '买*****'],
    ['徐', '徐**'],
    ['𠮷野家', '𠮷**'], // a character outside the BMP counts once
    ['  徐明 ', '徐**'],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it.each([
    ['John Smith', 'J***'],
    ['Li', 'L***'],
    ['Анна', 'А***'],
  ])('a name without Chinese characters keeps one letter and a fixed *** (%s)', (name, masked) =>
    expect(maskName(name)).toBe(masked),
  );

  it.each([[''], [null], [undefined]])('returns %p unchanged', (v) => expect(maskName(v)).toBe(v));
  it('never returns the name itself', () => {
    for (const n of ['徐明', '欧阳娜娜', 'John Smith', '张']) expect(maskName(n)).not.toBe(n);
  });
});

describe('maskMinorName', () => {
  it.each([
    ['张小宇', '张*'],
    ['张', '张*'],
    ['欧阳娜娜', '欧*'],
    ['Tom', 'T*'],
  ])('%s → %s', (name, masked) => expect(maskMinorName(name)).toBe(masked));
  it.each([[''], [null], [undefined]])('returns %p unchanged', (v) => expect(maskMinorName(v)).toBe(v));
});

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['19912345678', '199****5678'],
    ['138 1234 1234', '138****1234'], // spaces removed first
    ['0371-12345678', '037******5678'], // landline: first 3 and last 4
    ['12345678', '123****5678'], // at least four stars
    ['+8613812341234', '+86*******1234'],
  ])('%s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it.each([
    ['1234567', '*******'],
    ['110', '***'],
    ['5', '*'],
  ])('a short number %s is all stars', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it.each([[''], [null], [undefined]])('returns %p unchanged', (v) => expect(maskPhone(v)).toBe(v));
});

describe('maskIdNumber', () => {
  it.each([['11010519491231002X'], ['410103196805121234'], [''], [null], [undefined], [42]])(
    'gives null for %p',
    (v) => expect(maskIdNumber(v)).toBeNull(),
  );
});

describe('maskAddress', () => {
  it.each([
    // building token followed by unit/floor/room
    ['淮河路街道绿云社区3号楼2单元401室', '淮河路街道绿云社区3号楼'],
    ['嵩山路1号院3栋2单元501', '嵩山路1号院3栋'],
    ['绿云社区12号楼1单元302室', '绿云社区12号楼'],
    ['锦绣小区5幢3层302', '锦绣小区5幢'],
    ['郑州市二七区嵩山路1号院', '郑州市二七区嵩山路1号院'],
    ['新城区社区建材小区7号楼东侧', '新城区社区建材小区7号楼'],
    ['狮子山社区顺安大厦B座1205', '狮子山社区顺安大厦B座'],
    // community / compound is the last building-level token
    ['绿云社区12-3-401', '绿云社区'],
    ['城南社区锦绣小区', '城南社区锦绣小区'],
    ['锦绣小区', '锦绣小区'],
    // no building token, but a unit / room part or a numeric door tail
    ['嵩山路1号2单元501', '嵩山路1号'],
    ['兴华南街16号院内3单元', '兴华南街16号院'],
    ['人民路88号502室', '人民路88号'],
    ['建设路7号 3-2-101', '建设路7号'],
  ])('%s → %s', (address, masked) => expect(maskAddress(address)).toBe(masked));

  it.each([
    ['北京市朝阳区建国路88号', '北京市朝阳区…'],
    ['湖南省长沙市天心区书院路', '湖南省长沙市…'],
    ['人民路8号', '人民…'],
    ['东门', '东…'],
    ['Flat 3, 12 Baker Street', 'Flat 3…'],
  ])('without recognisable structure %s → %s', (address, masked) =>
    expect(maskAddress(address)).toBe(masked),
  );

  it('never shows the room number of a structured address', () => {
    for (const a of [
      '绿云社区3号楼2单元401室',
      '嵩山路1号院3栋2单元501',
      '锦绣小区12-3-401',
      '嵩山路1号2单元501',
    ]) {
      expect(maskAddress(a)).not.toMatch(/401|501/);
    }
  });

  it.each([[''], [null], [undefined]])('returns %p unchanged', (v) => expect(maskAddress(v)).toBe(v));
});

describe('maskBirthDate', () => {
  it.each([
    ['1950-03-04', '1950'],
    ['19500304', '1950'],
    ['2008', '2008'],
    ['Sat Mar 04 1950 08:00:00 GMT+0800 (China Standard Time)', '1950'],
  ])('%s → %s', (d, y) => expect(maskBirthDate(d)).toBe(y));
  it.each([['March 4'], ['unknown'], ['']])('gives null for %p', (d) => expect(maskBirthDate(d)).toBeNull());
  it.each([[null], [undefined]])('returns %p unchanged', (v) => expect(maskBirthDate(v)).toBe(v));
});

describe('ageOn', () => {
  it.each([
    ['1950-03-04', '2025-03-03', 74],
    ['1950-03-04', '2025-03-04', 75],
    ['1950-03-04', '2025-12-31', 75],
    ['2007-06-15', '2025-06-14', 17], // still a minor the day before turning 18
    ['2007-06-15', '2025-06-15', 18],
    ['2000-02-29', '2025-02-28', 24], // leap-day birthday in a common year: a year older on 1 March
    ['2000-02-29', '2025-03-01', 25],
    ['2000-02-29', '2024-02-29', 24],
    ['2025-06-15', '2025-06-15', 0],
  ])('born %s is %i on %s', (birth, today, age) => expect(ageOn(birth, today)).toBe(age));

  it('reads Date objects in China time', () => {
    // 2025-06-14 17:00 UTC is already 15 June in Beijing.
    expect(ageOn('2007-06-15', new Date('2025-06-14T17:00:00Z'))).toBe(18);
    expect(ageOn('2007-06-15', new Date('2025-06-14T15:00:00Z'))).toBe(17);
    expect(ageOn(new Date('2007-06-15'), '2025-06-15')).toBe(18);
  });

  it('defaults to today', () => expect(ageOn('1900-01-01')).toBeGreaterThanOrEqual(125));

  it('throws on malformed input', () => {
    expect(() => ageOn('1950/03/04', '2025-01-01')).toThrow(RangeError);
    expect(() => ageOn('1950-03-04', new Date('nope'))).toThrow(RangeError);
  });
});

describe('mask', () => {
  it('dispatches on the kind', () => {
    expect(mask(PersonalDataKind.NAME, '徐明')).toBe('徐**');
    expect(mask(PersonalDataKind.PHONE, '13812341234')).toBe('138****1234');
    expect(mask(PersonalDataKind.ID_NUMBER, '11010519491231002X')).toBeNull();
    expect(mask(PersonalDataKind.ADDRESS, '淮河路街道绿云社区3号楼2单元401室')).toBe(
      '淮河路街道绿云社区3号楼',
    );
    expect(mask(PersonalDataKind.BIRTH_DATE, '1950-03-04')).toBe('1950');
  });

  it('gives null for null or undefined values', () => {
    for (const kind of Object.values(PersonalDataKind)) {
      expect(mask(kind, null)).toBeNull();
      expect(mask(kind, undefined)).toBeNull();
    }
  });

  it('has a rule for every kind', () => {
    expect(Object.values(PersonalDataKind).sort()).toEqual([
      'ADDRESS',
      'BIRTH_DATE',
      'ID_NUMBER',
      'NAME',
      'PHONE',
    ]);
    for (const kind of Object.values(PersonalDataKind)) {
      expect(mask(kind, '13812341234')).not.toBe('13812341234');
    }
  });
});
