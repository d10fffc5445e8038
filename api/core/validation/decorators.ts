import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import {
  isDivisionCode,
  isMainlandMobile,
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
} from './identifiers';

/**
 * class-validator decorators for the Chinese identifiers in `./identifiers`, for GraphQL input
 * classes. Each rejects the value with a message naming the field (class-validator substitutes
 * `$property`), so a community frontend can show it next to the right input. Like class-validator's
 * own decorators they accept `ValidationOptions` (`each`, `message`, `groups`…).
 */

export const IS_DIVISION_CODE = 'isDivisionCode';
export const IS_MAINLAND_MOBILE = 'isMainlandMobile';
export const IS_RESIDENT_ID_NUMBER = 'isResidentIdNumber';
export const IS_UNIFIED_SOCIAL_CREDIT_CODE = 'isUnifiedSocialCreditCode';

/** A 12-digit administrative division code (行政区划代码) with a valid province prefix. */
export function IsDivisionCode(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_DIVISION_CODE,
      validator: {
        validate: (value: unknown): boolean => isDivisionCode(value),
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be a 12-digit administrative division code with a valid province prefix`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

/** A mainland mobile number: 11 digits starting 13–19, no spaces or country code. */
export function IsMainlandMobile(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_MAINLAND_MOBILE,
      validator: {
        validate: (value: unknown): boolean => isMainlandMobile(value),
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be a mainland mobile number (11 digits starting 13–19)`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

/**
 * An 18-character resident ID number (居民身份证号码, GB 11643): valid province prefix, real birth
 * date not in the future, correct check character (uppercase X).
 */
export function IsResidentIdNumber(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_RESIDENT_ID_NUMBER,
      validator: {
        validate: (value: unknown): boolean => isResidentIdNumber(value),
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be an 18-character resident ID number (GB 11643) ` +
            'with a real birth date and a correct check character',
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

/** An 18-character unified social credit code (统一社会信用代码, GB 32100) with a correct check character. */
export function IsUnifiedSocialCreditCode(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_UNIFIED_SOCIAL_CREDIT_CODE,
      validator: {
        validate: (value: unknown): boolean => isUnifiedSocialCreditCode(value),
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be an 18-character unified social credit code (GB 32100) ` +
            'with a correct check character',
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
