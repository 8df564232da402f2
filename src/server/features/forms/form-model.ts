// What the official slips print (Circular 03/2025/TT-VPCP, Appendix I): plain data, already
// formatted for people (dates as "hh:mm dd/mm/yyyy" in the unit's time zone), built by the dossier
// feature and rendered to PDF by ./render-*.ts.

export interface FormUnit {
  /** e.g. "UBND xã Thạch Kiệt" */
  name: string;
  /** the parent's name for the letterhead's first line, e.g. "UBND huyện Tân Sơn" */
  parentName: string | null;
  address: string | null;
  /** e.g. "Thạch Kiệt" for "Thạch Kiệt, ngày 26 tháng 11 năm 2026" */
  placeName: string;
}

export interface FormApplicant {
  name: string;
  idNumber: string;
  phone: string;
  email: string | null;
  address: string | null;
  representative: { name: string; idNumber: string } | null;
}

export interface FormDocumentLine {
  name: string;
  originals: number;
  copies: number;
}

interface FormBase {
  unit: FormUnit;
  /** the form's own number, e.g. "125/PTN" (the dossier code's sequence is fine) */
  number: string;
  /** issue date, e.g. "26/11/2026" */
  issuedOn: string;
  dossierCode: string;
  procedureName: string;
  applicant: FormApplicant;
  /** the officer who signs for the one-stop department */
  officerName: string;
}

/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả */
export interface ReceiptForm extends FormBase {
  documents: FormDocumentLine[];
  /** number of sets submitted ("Số lượng hồ sơ: 01 bộ"); the line is left out when unknown */
  setCount?: number;
  /** e.g. "3 ngày làm việc" */
  processingTime: string;
  receivedAt: string;
  dueAt: string;
  /** where to collect the result, e.g. "Bộ phận một cửa UBND xã Thạch Kiệt" */
  resultPlace: string;
  /** tracking-book entry, e.g. "Sổ theo dõi hồ sơ lĩnh vực Hộ tịch, số 125" */
  trackingEntry: string;
  /** the public lookup address the QR code opens (with code and key) */
  lookupUrl: string;
  /** shown under the QR code for typing by hand */
  lookupKey: string;
}

/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ */
export interface SupplementRequestForm extends FormBase {
  receivedAt: string;
  items: string[];
  reason: string;
  contactOfficer: string;
  contactPhone: string;
}

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ */
export interface RefusalForm extends FormBase {
  reasons: string[];
}

/** Phiếu xin lỗi và hẹn lại ngày trả kết quả */
export interface ApologyForm extends FormBase {
  receivedAt: string;
  originalDueAt: string;
  reason: string;
  newDueAt: string;
  /** signed by the head of the agency */
  signerName: string;
  signerTitle: string;
}

/** Thông báo dừng giải quyết hồ sơ (the applicant withdrew before a decision) */
export interface StopNoticeForm extends FormBase {
  receivedAt: string;
  stoppedAt: string;
  reason: string;
}

export interface ControlSheetRow {
  /** handing unit / person → receiving unit / person */
  from: string;
  to: string;
  /** "hh:mm dd/mm/yyyy" */
  handedAt: string;
  /** what was done or decided at this hand-off */
  action: string;
  /** the step's own deadline, "hh:mm dd/mm/yyyy" or "" */
  stepDueAt: string;
  /** 'Trước hạn' | 'Đúng hạn' | 'Quá hạn' | '' */
  stepResult: string;
  note: string;
}

/** Phiếu kiểm soát quá trình giải quyết hồ sơ */
export interface ControlSheetForm {
  unit: FormUnit;
  issuedOn: string;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  resolvingUnit: string;
  coordinatingUnits: string[];
  receivedAt: string;
  dueAt: string;
  rows: ControlSheetRow[];
}

export interface TrackingBookRow {
  number: number;
  dossierCode: string;
  procedureName: string;
  applicantName: string;
  addressAndPhone: string;
  leadAgency: string;
  receivedAt: string;
  dueAt: string;
  returnedAt: string;
  deliveryMethod: string;
}

/** Sổ theo dõi hồ sơ, as a listing for a period */
export interface TrackingBookForm {
  unit: FormUnit;
  issuedOn: string;
  /** e.g. "Từ 01/10/2026 đến 31/12/2026" */
  period: string;
  /** e.g. "Lĩnh vực Hộ tịch" or "Tất cả lĩnh vực" */
  fieldName: string;
  rows: TrackingBookRow[];
}
