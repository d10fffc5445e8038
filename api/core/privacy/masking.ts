// Interim version; the full masking rules land with their unit tests in this same change.
export enum PersonalDataKind {
  NAME = 'NAME',
  PHONE = 'PHONE',
  ID_NUMBER = 'ID_NUMBER',
  ADDRESS = 'ADDRESS',
  BIRTH_DATE = 'BIRTH_DATE',
}
export const maskName = (name: string) => (name ? `${[...name][0]}**` : name);
export const maskPhone = (p: string) =>
  p.length >= 8 ? `${p.slice(0, 3)}****${p.slice(-4)}` : '*'.repeat(p.length);
export const maskIdNumber = (_: string): null => null;
export const maskAddress = (a: string) => `${a.slice(0, 6)}…`;
export const maskBirthDate = (d: string) => d.slice(0, 4);
export function mask(kind: PersonalDataKind, value: string): string | null {
  switch (kind) {
    case PersonalDataKind.NAME:
      return maskName(value);
    case PersonalDataKind.PHONE:
      return maskPhone(value);
    case PersonalDataKind.ID_NUMBER:
      return maskIdNumber(value);
    case PersonalDataKind.ADDRESS:
      return maskAddress(value);
    case PersonalDataKind.BIRTH_DATE:
      return maskBirthDate(value);
  }
}
