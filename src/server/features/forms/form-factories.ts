// Test factories: realistic slips of a commune one-stop department, each call a fresh object.
import type {
  ApologyForm,
  ControlSheetForm,
  ControlSheetRow,
  FormApplicant,
  FormUnit,
  ReceiptForm,
  RefusalForm,
  StopNoticeForm,
  SupplementRequestForm,
  TrackingBookForm,
  TrackingBookRow,
} from './form-model.ts';

export function buildUnit(overrides: Partial<FormUnit> = {}): FormUnit {
  return {
    name: 'UBND xã Thạch Kiệt',
    parentName: 'UBND huyện Tân Sơn',
    address: 'Khu 5, xã Thạch Kiệt, huyện Tân Sơn, tỉnh Phú Thọ',
    placeName: 'Thạch Kiệt',
    ...overrides,
  };
}

export function buildApplicant(overrides: Partial<FormApplicant> = {}): FormApplicant {
  return {
    name: 'Nguyễn Thị Hương',
    idNumber: '025190001234',
    phone: '0912 345 678',
    email: 'huong.nguyen@example.vn',
    address: 'Xóm Liệm, xã Thạch Kiệt, huyện Tân Sơn, tỉnh Phú Thọ',
    representative: null,
    ...overrides,
  };
}

const base = () => ({
  unit: buildUnit(),
  number: '125/PTN',
  issuedOn: '05/02/2026',
  dossierCode: 'H40.12.05-260205-0125',
  procedureName: 'Đăng ký khai sinh',
  applicant: buildApplicant(),
  officerName: 'Hà Văn Đức',
});

export function buildReceiptForm(overrides: Partial<ReceiptForm> = {}): ReceiptForm {
  return {
    ...base(),
    documents: [
      { name: 'Tờ khai đăng ký khai sinh (theo mẫu)', originals: 1, copies: 0 },
      { name: 'Giấy chứng sinh do cơ sở y tế cấp', originals: 1, copies: 0 },
      { name: 'Giấy chứng nhận kết hôn của cha, mẹ', originals: 0, copies: 1 },
      { name: 'Văn bản ủy quyền (nếu người đi đăng ký không phải cha, mẹ)', originals: 1, copies: 0 },
    ],
    setCount: 1,
    processingTime: '01 ngày làm việc',
    receivedAt: '08:35 05/02/2026',
    dueAt: '16:30 06/02/2026',
    resultPlace: 'Bộ phận Một cửa UBND xã Thạch Kiệt',
    trackingEntry: 'Sổ theo dõi hồ sơ lĩnh vực Hộ tịch, số thứ tự 125',
    lookupUrl: 'https://motcua.example.vn/tra-cuu?ma=H40.12.05-260205-0125&khoa=7KQ4-M2XP',
    lookupKey: '7KQ4-M2XP',
    ...overrides,
  };
}

export function buildSupplementRequestForm(
  overrides: Partial<SupplementRequestForm> = {},
): SupplementRequestForm {
  return {
    ...base(),
    number: '12/PYCBS',
    receivedAt: '08:35 05/02/2026',
    items: [
      'Bổ sung bản chính Giấy chứng sinh do Trạm y tế xã cấp (bản đã nộp bị tẩy xóa ngày sinh).',
      'Hoàn thiện mục "Nơi cư trú" của người mẹ trong Tờ khai đăng ký khai sinh.',
      'Xuất trình bản chính Giấy chứng nhận kết hôn để đối chiếu.',
    ],
    reason: 'Hồ sơ chưa đầy đủ, chưa hợp lệ theo Điều 16 Luật Hộ tịch năm 2014.',
    contactOfficer: 'Hà Văn Đức, công chức Tư pháp - Hộ tịch',
    contactPhone: '0210 3871 234',
    ...overrides,
  };
}

export function buildRefusalForm(overrides: Partial<RefusalForm> = {}): RefusalForm {
  return {
    ...base(),
    number: '03/PTC',
    reasons: [
      'Trẻ đã được đăng ký khai sinh tại UBND xã Xuân Đài ngày 12/01/2026 (trùng đăng ký).',
      'Thủ tục đề nghị không thuộc thẩm quyền giải quyết của UBND xã Thạch Kiệt.',
    ],
    ...overrides,
  };
}

export function buildApologyForm(overrides: Partial<ApologyForm> = {}): ApologyForm {
  return {
    ...base(),
    number: '02/PXL',
    issuedOn: '06/02/2026',
    receivedAt: '08:35 05/02/2026',
    originalDueAt: '16:30 06/02/2026',
    reason: 'Cần xác minh thông tin về nơi cư trú của người mẹ với Công an xã Thạch Kiệt.',
    newDueAt: '16:30 10/02/2026',
    signerName: 'Đinh Công Thắng',
    signerTitle: 'Chủ tịch',
    ...overrides,
  };
}

export function buildStopNoticeForm(overrides: Partial<StopNoticeForm> = {}): StopNoticeForm {
  return {
    ...base(),
    number: '01/TB-DGQ',
    issuedOn: '06/02/2026',
    receivedAt: '08:35 05/02/2026',
    stoppedAt: '09:10 06/02/2026',
    reason: 'Người yêu cầu có đơn đề nghị rút hồ sơ ngày 06/02/2026.',
    ...overrides,
  };
}

const steps: Array<[string, string, string]> = [
  ['Bộ phận Một cửa (Hà Văn Đức)', 'Công chức Tư pháp - Hộ tịch (Lê Thị Mai)', 'Tiếp nhận, chuyển xử lý'],
  ['Công chức Tư pháp - Hộ tịch (Lê Thị Mai)', 'Lãnh đạo UBND xã (Đinh Công Thắng)', 'Thẩm định, trình ký'],
  ['Lãnh đạo UBND xã (Đinh Công Thắng)', 'Văn thư (Phùng Thị Lan)', 'Ký Giấy khai sinh'],
  ['Văn thư (Phùng Thị Lan)', 'Bộ phận Một cửa (Hà Văn Đức)', 'Đóng dấu, vào sổ, chuyển trả kết quả'],
];

export function buildControlSheetRows(count: number): ControlSheetRow[] {
  const verdicts = ['Trước hạn', 'Đúng hạn', 'Quá hạn'];
  return Array.from({ length: count }, (_, i) => {
    const [from, to, action] = steps[i % steps.length] ?? ['', '', ''];
    const day = 5 + Math.floor(i / 8);
    const hour = 8 + (i % 8);
    return {
      from,
      to,
      handedAt: `${hour < 10 ? '0' : ''}${hour}:15 ${String(day).padStart(2, '0')}/02/2026`,
      action: i % 5 === 4 ? `${action}; đã xác minh với Công an xã về nơi cư trú của người mẹ` : action,
      stepDueAt: `${hour < 9 ? '0' : ''}${hour + 1}:00 ${String(day).padStart(2, '0')}/02/2026`,
      stepResult: verdicts[i % verdicts.length] ?? '',
      note: i % 7 === 6 ? 'Hồ sơ giấy chuyển kèm' : '',
    };
  });
}

export function buildControlSheetForm(overrides: Partial<ControlSheetForm> = {}): ControlSheetForm {
  return {
    unit: buildUnit(),
    issuedOn: '05/02/2026',
    dossierCode: 'H40.12.05-260205-0125',
    procedureName: 'Đăng ký khai sinh',
    applicantName: 'Nguyễn Thị Hương',
    resolvingUnit: 'UBND xã Thạch Kiệt',
    coordinatingUnits: ['Công an xã Thạch Kiệt', 'Trạm y tế xã Thạch Kiệt'],
    receivedAt: '08:35 05/02/2026',
    dueAt: '16:30 06/02/2026',
    rows: buildControlSheetRows(4),
    ...overrides,
  };
}

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đinh', 'Hà', 'Phùng', 'Vũ', 'Đặng'];
const given = ['Thị Hương', 'Văn Đức', 'Thị Mai', 'Công Thắng', 'Thị Lan', 'Quốc Việt', 'Ngọc Ánh'];
const procedures = [
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Chứng thực bản sao từ bản chính',
  'Đăng ký khai tử',
];

export function buildTrackingBookRows(count: number): TrackingBookRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      number: i + 1,
      dossierCode: `H40.12.05-2602${day}-${String(i + 1).padStart(4, '0')}`,
      procedureName: procedures[i % procedures.length] ?? '',
      applicantName: `${surnames[i % surnames.length]} ${given[i % given.length]}`,
      addressAndPhone: `Xóm ${['Liệm', 'Dùng', 'Bương', 'Tân Lập'][i % 4]}, xã Thạch Kiệt; 09${String(10_000_000 + i * 7919).slice(0, 8)}`,
      leadAgency: 'UBND xã Thạch Kiệt',
      receivedAt: `08:${String(i % 60).padStart(2, '0')} ${day}/02/2026`,
      dueAt: `16:30 ${day}/02/2026`,
      returnedAt: i % 9 === 8 ? '' : `15:45 ${day}/02/2026`,
      deliveryMethod: ['Trực tiếp', 'Dịch vụ bưu chính', 'Trực tuyến'][i % 3] ?? '',
    };
  });
}

export function buildTrackingBookForm(overrides: Partial<TrackingBookForm> = {}): TrackingBookForm {
  return {
    unit: buildUnit(),
    issuedOn: '31/03/2026',
    period: 'Từ 01/01/2026 đến 31/03/2026',
    fieldName: 'Lĩnh vực Hộ tịch',
    rows: buildTrackingBookRows(40),
    ...overrides,
  };
}
