import { ValidateBy, ValidationOptions } from 'class-validator';

const WEBHOOK_SECRET = /^whsec_([A-Za-z0-9+/]+={0,2})$/;

/** `whsec_<base64>` of 24 to 64 bytes: the Standard Webhooks secret format and recommended size. */
export function IsWebhookSecret(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWebhookSecret',
      validator: {
        validate: (value: unknown) => {
          const match = typeof value === 'string' ? WEBHOOK_SECRET.exec(value) : null;
          if (!match || match[1].length % 4 !== 0) return false;
          const bytes = Buffer.from(match[1], 'base64').length;
          return bytes >= 24 && bytes <= 64;
        },
        defaultMessage: () => '$property must be whsec_ followed by the base64 of 24 to 64 random bytes',
      },
    },
    options,
  );
}

/** International format without spaces (E.164): what SMS gateways take. */
export function IsE164(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhoneNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\+[1-9][0-9]{7,14}$/.test(value),
        defaultMessage: () => '$property must be an international phone number such as +22376000000',
      },
    },
    options,
  );
}
