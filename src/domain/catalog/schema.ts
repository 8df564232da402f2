// The catalog of administrative procedures as data: the import/export file format and the
// shapes the public API serves. Pure: no database, HTTP or React.
import { z } from 'zod';

// Decree 42/2022/NĐ-CP Art. 11: end-to-end online (toàn trình), partial online (một phần), none.
export const onlineLevels = ['full', 'partial', 'none'] as const;
export const OnlineLevel = z.enum(onlineLevels);
export type OnlineLevel = z.infer<typeof OnlineLevel>;

// How a procedure states its time limit.
export const timeUnits = ['working_days', 'calendar_days', 'working_hours'] as const;
export const TimeUnit = z.enum(timeUnits);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const staffRoles = ['reception', 'specialist', 'leader', 'unit-admin', 'province-admin'] as const;
export const StaffRole = z.enum(staffRoles);
export type StaffRole = z.infer<typeof StaffRole>;

export const applicantTypes = ['citizen', 'organisation'] as const;
export const ApplicantType = z.enum(applicantTypes);

/** National procedure code from the National Database on Administrative Procedures: `d.dddddd`. */
export const ProcedureCode = z.string().regex(/^\d\.\d{6}$/, 'must look like 1.001193');

/** A level of the unit tree (province, district, commune…): data, never code. */
export const LevelCode = z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a lowercase level code');

const text = (max: number) => z.string().trim().min(1).max(max);

export const CatalogField = z.object({
  code: z.string().regex(/^[A-Z0-9_.-]{1,32}$/, 'must be 1–32 of A-Z 0-9 _ . -'),
  name: text(200),
  nameEn: text(200).optional(),
});
export type CatalogField = z.infer<typeof CatalogField>;

export const CatalogFee = z.object({
  description: text(300),
  /** Amount in Vietnamese đồng; 0 for free. */
  amountVnd: z.number().int().min(0).max(1_000_000_000),
});

/** A required document component (thành phần hồ sơ) with the number of originals and copies. */
export const CatalogDocument = z.object({
  code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
  name: text(500),
  originals: z.number().int().min(0).max(20),
  copies: z.number().int().min(0).max(20),
  required: z.boolean().default(true),
  note: text(500).optional(),
});
export type CatalogDocument = z.infer<typeof CatalogDocument>;

/** One step of the processing template; its time budget is in working hours. */
export const CatalogStep = z.object({
  name: text(200),
  role: StaffRole,
  department: text(200).optional(),
  hours: z.number().min(0).max(10_000),
  /** Inter-level procedures: whether the receiving or the resolving unit works this step. */
  at: z.enum(['receiving', 'resolving']).optional(),
});
export type CatalogStep = z.infer<typeof CatalogStep>;

export const CatalogProcedure = z.object({
  code: ProcedureCode,
  name: text(500),
  nameEn: text(500).optional(),
  fieldCode: CatalogField.shape.code,
  /** The level of the unit that resolves it. */
  level: LevelCode,
  /** For an inter-level procedure (liên thông): the level that receives it, when not `level`. */
  receivingLevel: LevelCode.optional(),
  processingTime: z.number().min(0).max(3650),
  processingTimeUnit: TimeUnit,
  /** A shorter time when submitted online, in the same unit. */
  onlineProcessingTime: z.number().min(0).max(3650).optional(),
  fees: z.array(CatalogFee).max(20).default([]),
  documents: z.array(CatalogDocument).max(50),
  onlineLevel: OnlineLevel,
  applicantTypes: z.array(ApplicantType).min(1).max(2),
  resultType: text(500),
  legalBasis: z.array(text(500)).max(30),
  steps: z.array(CatalogStep).min(1).max(30),
  /** Unit codes that offer it; absent means every unit of the receiving level. */
  unitCodes: z.array(z.string()).optional(),
});
export type CatalogProcedure = z.infer<typeof CatalogProcedure>;

export const CatalogFile = z.object({
  fields: z.array(CatalogField),
  procedures: z.array(CatalogProcedure),
});
export type CatalogFile = z.infer<typeof CatalogFile>;

/** An administrative unit as seed data; `code` is the agency electronic identifier (Decision 20/2020/QĐ-TTg). */
export const SeedUnit = z.object({
  code: z.string().regex(/^[A-Za-z0-9.]{1,32}$/),
  name: text(200),
  level: LevelCode,
  parentCode: z.string().nullable(),
  address: text(300).optional(),
});
export type SeedUnit = z.infer<typeof SeedUnit>;
