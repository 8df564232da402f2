// Builds the official slips of one dossier from its staff view and renders them
// (Circular 03/2025/TT-VPCP, Appendix I).
import type { Db } from '../../db/database.ts';
import { NotFoundError } from '../../http/problem.ts';
import type { FormName, FormUnit } from '../forms/index.ts';
import {
  renderApology,
  renderControlSheet,
  renderReceipt,
  renderRefusal,
  renderStopNotice,
  renderSupplementRequest,
} from '../forms/index.ts';
import type { DossierView } from './dossier-view.ts';

/** "hh:mm dd/mm/yyyy" from an ISO time that carries the unit's offset. */
export function slipTime(iso: string | null): string {
  return iso ? `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}
export function slipDate(iso: string | null): string {
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}

const UNIT_PREFIX =
  /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+/i;

export async function formUnit(db: Db, unitId: number): Promise<FormUnit> {
  const unit = await db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.name', 'u.address', 'p.name as parentName'])
    .where('u.id', '=', unitId)
    .executeTakeFirstOrThrow();
  return {
    name: unit.name,
    parentName: unit.parentName,
    address: unit.address,
    placeName: unit.name.replace(UNIT_PREFIX, ''),
  };
}

const TIME_UNITS = {
  working_days: 'ngày làm việc',
  calendar_days: 'ngày',
  working_hours: 'giờ làm việc',
} as const;

function lastEvent(view: DossierView, actions: string[]) {
  const event = [...view.events].reverse().find((e) => actions.includes(e.action));
  if (!event) throw new NotFoundError('This dossier has no such slip.');
  return { ...event, data: (event.data ?? {}) as Record<string, unknown> };
}

const STEP_RESULT = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' } as const;

export async function renderDossierForm(input: {
  db: Db;
  view: DossierView;
  form: FormName;
  publicUrl: string;
}): Promise<Buffer> {
  const { db, view, form } = input;
  const unit = await formUnit(db, view.receivingUnitId);
  const applicant = view.applicant;
  const sequence = view.code.split('-').at(-1) ?? '';
  const receivedEvent = view.events[0];
  const base = {
    unit,
    dossierCode: view.code,
    procedureName: view.procedureName,
    officerName: receivedEvent?.actorName ?? '',
    applicant: {
      name: applicant.name,
      idNumber: applicant.idNumber,
      phone: applicant.phone,
      email: applicant.email ?? null,
      address: applicant.address ?? null,
      representative: applicant.representative
        ? { name: applicant.representative.name, idNumber: applicant.representative.idNumber }
        : null,
    },
  };
  switch (form) {
    case 'receipt': {
      if (!view.receivedAt) throw new NotFoundError('The dossier has not been received yet.');
      const procedure = await db
        .selectFrom('procedures as p')
        .innerJoin('fields as f', 'f.id', 'p.field_id')
        .select(['p.processing_time', 'p.processing_time_unit', 'f.name as fieldName'])
        .where('p.id', '=', view.procedureId)
        .executeTakeFirstOrThrow();
      const time = Number(procedure.processing_time);
      return renderReceipt({
        ...base,
        number: `${sequence}/PTN`,
        issuedOn: slipDate(view.receivedAt),
        documents: view.documents.map((d) => ({ name: d.name, originals: d.originals, copies: d.copies })),
        processingTime: time === 0 ? 'Trong ngày' : `${time} ${TIME_UNITS[procedure.processing_time_unit]}`,
        receivedAt: slipTime(view.receivedAt),
        dueAt: slipTime(view.appointmentAt ?? view.dueAt),
        resultPlace: `Bộ phận Một cửa ${unit.name}`,
        trackingEntry: `Sổ theo dõi hồ sơ lĩnh vực ${procedure.fieldName}, số ${Number(sequence)}`,
        lookupUrl: `${input.publicUrl}/tra-cuu?code=${encodeURIComponent(view.code)}&key=${view.lookupKey}`,
        lookupKey: view.lookupKey,
        setCount: 1,
      });
    }
    case 'supplement-request': {
      const e = lastEvent(view, ['request-supplement']);
      return renderSupplementRequest({
        ...base,
        number: `${sequence}/PYCBS`,
        issuedOn: slipDate(e.at),
        officerName: e.actorName ?? '',
        receivedAt: slipTime(view.receivedAt),
        items: (e.data.items as string[] | undefined) ?? [],
        reason: String(e.data.reason ?? ''),
        contactOfficer: e.actorName ?? '',
        contactPhone: unit.address ?? '',
      });
    }
    case 'refusal': {
      const e = lastEvent(view, ['refuse', 'reject']);
      return renderRefusal({
        ...base,
        number: `${sequence}/PTC`,
        issuedOn: slipDate(e.at),
        officerName: e.actorName ?? '',
        reasons: (e.data.reasons as string[] | undefined) ?? [],
      });
    }
    case 'apology': {
      const e = lastEvent(view, ['apologize']);
      return renderApology({
        ...base,
        number: `${sequence}/PXL`,
        issuedOn: slipDate(e.at),
        officerName: e.actorName ?? '',
        receivedAt: slipTime(view.receivedAt),
        originalDueAt: slipTime(view.dueAt),
        reason: String(e.data.reason ?? ''),
        newDueAt: slipTime(view.appointmentAt),
        signerName: e.actorName ?? '',
        signerTitle: `TM. ${unit.name.toUpperCase()}`,
      });
    }
    case 'stop-notice': {
      const e = lastEvent(view, ['withdraw']);
      return renderStopNotice({
        ...base,
        number: `${sequence}/TBD`,
        issuedOn: slipDate(e.at),
        officerName: e.actorName ?? '',
        receivedAt: slipTime(view.receivedAt ?? view.submittedAt),
        stoppedAt: slipTime(e.at),
        reason: String(e.data.reason ?? 'Theo đề nghị của người nộp hồ sơ'),
      });
    }
    case 'control-sheet': {
      const resolving = await formUnit(db, view.resolvingUnitId);
      return renderControlSheet({
        unit,
        issuedOn: slipDate(view.events.at(-1)?.at ?? view.receivedAt),
        dossierCode: view.code,
        procedureName: view.procedureName,
        applicantName: applicant.name,
        resolvingUnit: resolving.name,
        coordinatingUnits: view.resolvingUnitId === view.receivingUnitId ? [] : [unit.name],
        receivedAt: slipTime(view.receivedAt),
        dueAt: slipTime(view.dueAt),
        rows: view.events.map((e) => ({
          from: [e.fromUnitName, e.actorName].filter(Boolean).join(' – '),
          to: [e.toUnitName, e.toAssigneeName].filter(Boolean).join(' – '),
          handedAt: slipTime(e.at),
          action: actionLabel(e.action),
          stepDueAt: slipTime(e.stepDueAt),
          stepResult: e.stepClass ? STEP_RESULT[e.stepClass] : '',
          note: e.note ?? '',
        })),
      });
    }
  }
}

const ACTION_LABELS: Record<string, string> = {
  submit: 'Nộp hồ sơ trực tuyến',
  receive: 'Tiếp nhận hồ sơ',
  accept: 'Tiếp nhận hồ sơ trực tuyến',
  refuse: 'Từ chối tiếp nhận',
  assign: 'Phân công xử lý',
  transfer: 'Chuyển hồ sơ liên thông',
  forward: 'Chuyển bước xử lý',
  return: 'Trả lại bước trước',
  'request-supplement': 'Yêu cầu bổ sung hồ sơ',
  'receive-supplement': 'Nhận hồ sơ bổ sung',
  approve: 'Phê duyệt',
  reject: 'Từ chối giải quyết',
  finish: 'Hoàn thành, có kết quả',
  deliver: 'Trả kết quả',
  apologize: 'Xin lỗi, hẹn lại ngày trả',
  withdraw: 'Rút hồ sơ, dừng giải quyết',
};
function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
