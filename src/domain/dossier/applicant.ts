// The applicant of a dossier: a person or an organisation, with the identity and contact formats
// Vietnamese offices use. Text is NFC-normalised so the same name is stored the same way.
import { z } from 'zod';

const nfc = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'is required').max(max));

/**
 * Citizen identity: the 12-digit citizen identity card (CCCD), the old 9-digit card (CMND) or a
 * passport (a letter and 7–8 digits). Organisations: the 10- or 13-digit enterprise / tax code.
 */
export const IdNumber = z
  .string()
  .transform((s) => s.replace(/[\s.-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        /^(\d{9}|\d{12}|\d{10}|\d{13}|[A-Z]\d{7,8})$/,
        'must be a CCCD (12 digits), CMND (9), tax code (10 or 13) or passport number',
      ),
  );

/** Vietnamese phone numbers: 0 and 9 digits (mobile and new landlines), or +84 and 9 digits. */
export const Phone = z
  .string()
  .transform((s) => s.replace(/[\s.()-]/g, ''))
  .pipe(
    z.string().regex(/^(0|\+84)\d{9}$/, 'must be a Vietnamese phone number like 0912345678 or +84912345678'),
  )
  .transform((s) => (s.startsWith('+84') ? `0${s.slice(3)}` : s));

export const Applicant = z.strictObject({
  type: z.enum(['citizen', 'organisation']).default('citizen'),
  name: nfc(200),
  idNumber: IdNumber,
  phone: Phone,
  email: z.email('must be an email address').max(200).optional(),
  address: nfc(500).optional(),
  /** An authorised representative who submits on the applicant's behalf. */
  representative: z.strictObject({ name: nfc(200), idNumber: IdNumber, phone: Phone.optional() }).optional(),
  language: z.enum(['vi', 'en']).default('vi'),
});
export type Applicant = z.infer<typeof Applicant>;
export type ApplicantInput = z.input<typeof Applicant>;

/** The applicant's name as the public lookup shows it: first letters only but the given name. */
export function maskName(name: string): string {
  const parts = name.split(' ').filter(Boolean);
  if (parts.length <= 1) return parts[0] ? `${[...parts[0]][0]}***` : '';
  const given = parts[parts.length - 1];
  return [...parts.slice(0, -1).map((p) => `${[...p][0]}.`), given].join(' ');
}
