// Builders that keep the demo catalog compact: a procedure is written once as a short spec and
// expanded here into the full `CatalogProcedure` shape, with its step budgets computed from its
// processing time so that the two can never disagree.
import type {
  CatalogDocument,
  CatalogProcedure,
  CatalogStep,
  OnlineLevel,
  StaffRole,
  TimeUnit,
} from '../../../domain/catalog/schema.ts';

/** Office hours per working day: 07:30–11:30 and 13:30–17:00 (DESIGN.md, "Working time"). */
export const HOURS_PER_WORKING_DAY = 7.5;

/** Budget for a same-day procedure (processing time 0): half a working day. */
export const SAME_DAY_HOURS = 4;

/** The working hours a procedure's steps share out, from its stated time limit. */
export function budgetHours(time: number, unit: TimeUnit): number {
  if (unit === 'working_hours') return time;
  if (unit === 'working_days') return time === 0 ? SAME_DAY_HOURS : time * HOURS_PER_WORKING_DAY;
  // Calendar days: about five working days in every seven.
  return Math.round((time * 5) / 7) * HOURS_PER_WORKING_DAY;
}

/** One step of a flow template; `weight` is its share of the procedure's time budget. */
export interface StepSpec {
  name: string;
  role: StaffRole;
  department: string;
  weight: number;
  /** inter-level flows: the unit that works the step */
  at?: 'receiving' | 'resolving';
}

/** Receiving, handing over and returning a dossier never takes more than half a day. */
const DESK_STEP_CAP_HOURS = 4;

/**
 * Shares `totalHours` out over the steps by weight. Every step but the heaviest is rounded down
 * to a quarter hour (desk steps capped at half a day); the heaviest (usually the specialist's
 * review) takes the remainder, so the budgets add up to `totalHours` exactly.
 */
export function steps(totalHours: number, specs: readonly StepSpec[]): CatalogStep[] {
  const totalWeight = specs.reduce((sum, s) => sum + s.weight, 0);
  const heaviest = specs.reduce((best, s, i) => (s.weight > (specs[best]?.weight ?? 0) ? i : best), 0);
  const share = (s: StepSpec) => Math.floor(((totalHours * s.weight) / totalWeight) * 4) / 4;
  const hours = specs.map((s, i) =>
    i === heaviest ? 0 : s.role === 'reception' ? Math.min(share(s), DESK_STEP_CAP_HOURS) : share(s),
  );
  hours[heaviest] = totalHours - hours.reduce((sum, h) => sum + h, 0);
  return specs.map((s, i) => ({
    name: s.name,
    role: s.role,
    department: s.department,
    hours: hours[i] ?? 0,
    ...(s.at ? { at: s.at } : {}),
  }));
}

// Departments as they stood in a district of Phú Thọ before the 2025 reorganisation.
export const COMMUNE_DESK = 'Bộ phận một cửa UBND xã';
export const COMMUNE_LEADER = 'Lãnh đạo UBND xã';
export const DISTRICT_DESK = 'Bộ phận một cửa UBND huyện';
export const DISTRICT_LEADER = 'Lãnh đạo UBND huyện';
export const DISTRICT_OFFICE = 'Văn phòng HĐND và UBND huyện';

export const OFFICER = {
  justice: 'Công chức Tư pháp – Hộ tịch',
  land: 'Công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường',
  social: 'Công chức Văn hóa – Xã hội',
  office: 'Công chức Văn phòng – Thống kê',
  finance: 'Công chức Tài chính – Kế toán',
} as const;

export const DEPT = {
  justice: 'Phòng Tư pháp',
  environment: 'Phòng Tài nguyên và Môi trường',
  landOffice: 'Chi nhánh Văn phòng đăng ký đất đai',
  infrastructure: 'Phòng Kinh tế và Hạ tầng',
  finance: 'Phòng Tài chính – Kế hoạch',
  labour: 'Phòng Lao động – Thương binh và Xã hội',
  education: 'Phòng Giáo dục và Đào tạo',
  culture: 'Phòng Văn hóa và Thông tin',
  interior: 'Phòng Nội vụ',
  agriculture: 'Phòng Nông nghiệp và Phát triển nông thôn',
  health: 'Phòng Y tế',
} as const;

/** Received and resolved at the commune: the officer in charge reviews, the chairman signs. */
export function communeFlow(officer: string): StepSpec[] {
  return [
    { name: 'Tiếp nhận, kiểm tra hồ sơ', role: 'reception', department: COMMUNE_DESK, weight: 1 },
    { name: 'Thẩm định, xác minh, dự thảo kết quả', role: 'specialist', department: officer, weight: 6 },
    { name: 'Phê duyệt, ký kết quả', role: 'leader', department: COMMUNE_LEADER, weight: 2 },
    { name: 'Vào sổ, trả kết quả', role: 'reception', department: COMMUNE_DESK, weight: 1 },
  ];
}

/** Resolved by a district department whose head signs (certification, business households…). */
export function departmentFlow(department: string): StepSpec[] {
  return [
    { name: 'Tiếp nhận, kiểm tra hồ sơ', role: 'reception', department: DISTRICT_DESK, weight: 1 },
    { name: 'Thẩm định hồ sơ, dự thảo kết quả', role: 'specialist', department, weight: 6 },
    { name: 'Lãnh đạo phòng phê duyệt, ký kết quả', role: 'leader', department, weight: 2 },
    { name: 'Trả kết quả', role: 'reception', department: DISTRICT_DESK, weight: 1 },
  ];
}

/** Resolved by the district People's Committee: a department reviews, the committee signs. */
export function districtFlow(department: string): StepSpec[] {
  return [
    { name: 'Tiếp nhận, kiểm tra hồ sơ', role: 'reception', department: DISTRICT_DESK, weight: 1 },
    { name: 'Thẩm định hồ sơ, dự thảo kết quả', role: 'specialist', department, weight: 10 },
    { name: 'Lãnh đạo phòng kiểm tra, trình ký', role: 'leader', department, weight: 2 },
    { name: 'Lãnh đạo UBND huyện phê duyệt, ký', role: 'leader', department: DISTRICT_LEADER, weight: 2 },
    { name: 'Vào sổ, đóng dấu, phát hành', role: 'specialist', department: DISTRICT_OFFICE, weight: 1 },
    { name: 'Trả kết quả', role: 'reception', department: DISTRICT_DESK, weight: 1 },
  ];
}

/**
 * Inter-level (liên thông) flow: received and checked at the commune, decided at the district,
 * and the result handed back through the commune's desk. `signedBy` is who signs the result at
 * the district: the People's Committee, or the department itself (business registration).
 */
export function interLevelFlow(
  officer: string,
  department: string,
  signedBy: 'committee' | 'department' = 'committee',
): StepSpec[] {
  const signing: StepSpec[] =
    signedBy === 'committee'
      ? [
          { name: 'Lãnh đạo phòng kiểm tra, trình ký', role: 'leader', department, weight: 2 },
          {
            name: 'Lãnh đạo UBND huyện phê duyệt, ký',
            role: 'leader',
            department: DISTRICT_LEADER,
            weight: 2,
          },
        ]
      : [{ name: 'Lãnh đạo phòng phê duyệt, ký kết quả', role: 'leader', department, weight: 2 }];
  const atCommune = 'receiving' as const;
  const atDistrict = 'resolving' as const;
  return [
    { name: 'Tiếp nhận hồ sơ tại xã', role: 'reception', department: COMMUNE_DESK, weight: 1, at: atCommune },
    {
      name: 'Kiểm tra, xác minh, lập tờ trình',
      role: 'specialist',
      department: officer,
      weight: 4,
      at: atCommune,
    },
    {
      name: 'Lãnh đạo UBND xã ký tờ trình, chuyển hồ sơ',
      role: 'leader',
      department: COMMUNE_LEADER,
      weight: 1,
      at: atCommune,
    },
    {
      name: 'Tiếp nhận hồ sơ liên thông từ xã',
      role: 'reception',
      department: DISTRICT_DESK,
      weight: 1,
      at: atDistrict,
    },
    { name: 'Thẩm định hồ sơ, dự thảo kết quả', role: 'specialist', department, weight: 10, at: atDistrict },
    ...signing.map((step) => ({ ...step, at: atDistrict })),
    { name: 'Chuyển kết quả về xã', role: 'reception', department: DISTRICT_DESK, weight: 1, at: atDistrict },
    {
      name: 'Trả kết quả cho người nộp',
      role: 'reception',
      department: COMMUNE_DESK,
      weight: 1,
      at: atCommune,
    },
  ];
}

export type CatalogFee = CatalogProcedure['fees'][number];

/** A document component; `originals`/`copies` are counts of bản chính / bản sao. */
export function doc(
  code: string,
  name: string,
  originals: number,
  copies: number,
  options: { required?: boolean; note?: string } = {},
): CatalogDocument {
  return {
    code,
    name,
    originals,
    copies,
    required: options.required ?? true,
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

/** An optional component (only in some cases, stated in its name). */
export const optionalDoc = (code: string, name: string, originals: number, copies: number) =>
  doc(code, name, originals, copies, { required: false });

export const fee = (description: string, amountVnd: number): CatalogFee => ({ description, amountVnd });
export const FREE: CatalogFee = fee('Miễn lệ phí', 0);

// Components that many procedures share.
export const ID_SHOWN = doc(
  'GTTT',
  'Giấy tờ tùy thân của người nộp hồ sơ (Căn cước công dân, thẻ Căn cước hoặc hộ chiếu)',
  1,
  0,
  {
    note: 'Xuất trình để đối chiếu; không phải nộp nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư',
  },
);
export const ID_COPY = doc('CCCD', 'Bản sao Căn cước công dân hoặc thẻ Căn cước của người đề nghị', 0, 1);
export const PROXY = optionalDoc('UQ', 'Văn bản ủy quyền (trường hợp ủy quyền thực hiện thủ tục)', 1, 0);

type ApplicantType = CatalogProcedure['applicantTypes'][number];

/** A procedure as written in the data files; `procedure()` expands it. */
export interface ProcedureSpec {
  code: string;
  name: string;
  nameEn?: string;
  field: string;
  level: 'district' | 'commune';
  /** Set for inter-level procedures received at the commune and decided at the district. */
  receivingLevel?: 'commune';
  time: number;
  unit?: TimeUnit;
  online?: number;
  fees?: CatalogFee[];
  docs: CatalogDocument[];
  onlineLevel: OnlineLevel;
  applicants?: ApplicantType[];
  result: string;
  basis: string[];
  flow: StepSpec[];
  unitCodes?: string[];
}

export function procedure(spec: ProcedureSpec): CatalogProcedure {
  const unit = spec.unit ?? 'working_days';
  return {
    code: spec.code,
    name: spec.name,
    ...(spec.nameEn === undefined ? {} : { nameEn: spec.nameEn }),
    fieldCode: spec.field,
    level: spec.level,
    ...(spec.receivingLevel === undefined ? {} : { receivingLevel: spec.receivingLevel }),
    processingTime: spec.time,
    processingTimeUnit: unit,
    ...(spec.online === undefined ? {} : { onlineProcessingTime: spec.online }),
    fees: spec.fees ?? [],
    documents: spec.docs,
    onlineLevel: spec.onlineLevel,
    applicantTypes: spec.applicants ?? ['citizen'],
    resultType: spec.result,
    legalBasis: spec.basis,
    steps: steps(budgetHours(spec.time, unit), spec.flow),
    ...(spec.unitCodes === undefined ? {} : { unitCodes: spec.unitCodes }),
  };
}

/** A spec whose keys `K` a file-local shorthand fills in (they may still be overridden). */
export type SpecWithDefaults<K extends keyof ProcedureSpec> = Omit<ProcedureSpec, K> &
  Partial<Pick<ProcedureSpec, K>>;

/** The usual shorthand: field, level, legal basis and flow come from the file. */
export type ShortSpec = SpecWithDefaults<'field' | 'basis' | 'flow' | 'level'>;
