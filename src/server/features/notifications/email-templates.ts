// The emails citizens and staff receive, in Vietnamese (English when the applicant chose it),
// as plain text and HTML built from the same lines.

import { slipTime } from '../dossiers/dossier-forms.ts';
import type { DossierView } from '../dossiers/dossier-view.ts';

export type Language = 'vi' | 'en';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

interface Context {
  view: DossierView;
  lookupUrl: string;
  data: Record<string, unknown>;
}

type Template = { subject: (c: Context) => string; lines: (c: Context) => string[] };

const list = (items: unknown) =>
  Array.isArray(items) ? items.map((x, i) => `  ${i + 1}. ${String(x)}`) : [];
const due = (c: Context) => slipTime(c.view.appointmentAt ?? c.view.dueAt);

const vi: Record<string, Template> = {
  'dossier.submitted': {
    subject: (c) => `Đã nhận hồ sơ trực tuyến ${c.view.code}`,
    lines: (c) => [
      `Hồ sơ "${c.view.procedureName}" của Ông/Bà đã được gửi thành công và đang chờ cán bộ tiếp nhận kiểm tra.`,
      `Mã hồ sơ: ${c.view.code}`,
      `Mã tra cứu: ${c.view.lookupKey} (giữ kín, dùng để tra cứu và bổ sung hồ sơ)`,
      `Tra cứu tiến độ: ${c.lookupUrl}`,
    ],
  },
  'dossier.received': {
    subject: (c) => `Hồ sơ ${c.view.code} đã được tiếp nhận`,
    lines: (c) => [
      `Hồ sơ "${c.view.procedureName}" đã được tiếp nhận lúc ${slipTime(c.view.receivedAt)}.`,
      `Thời gian hẹn trả kết quả: ${due(c)}.`,
      'Giấy tiếp nhận hồ sơ và hẹn trả kết quả được đính kèm thư này.',
      `Tra cứu tiến độ: ${c.lookupUrl}`,
    ],
  },
  'dossier.supplement-requested': {
    subject: (c) => `Hồ sơ ${c.view.code} cần bổ sung`,
    lines: (c) => [
      `Để giải quyết hồ sơ "${c.view.procedureName}", đề nghị Ông/Bà bổ sung, hoàn thiện:`,
      ...list(c.data.items),
      `Lý do: ${String(c.data.reason ?? '')}`,
      `Ông/Bà có thể gửi giấy tờ bổ sung trực tuyến tại: ${c.lookupUrl}`,
      'Thời gian chờ bổ sung không tính vào thời hạn giải quyết.',
    ],
  },
  'dossier.refused': {
    subject: (c) => `Hồ sơ ${c.view.code} không được tiếp nhận`,
    lines: (c) => [`Hồ sơ "${c.view.procedureName}" không được tiếp nhận vì:`, ...list(c.data.reasons)],
  },
  'dossier.result-ready': {
    subject: (c) => `Hồ sơ ${c.view.code} đã có kết quả`,
    lines: (c) => [
      `Hồ sơ "${c.view.procedureName}" đã có kết quả giải quyết.`,
      `Mời Ông/Bà nhận kết quả tại Bộ phận Một cửa nơi đã nộp hồ sơ (mang theo giấy tiếp nhận).`,
      `Tra cứu: ${c.lookupUrl}`,
    ],
  },
  'dossier.rejected': {
    subject: (c) => `Hồ sơ ${c.view.code}: từ chối giải quyết`,
    lines: (c) => [
      `Hồ sơ "${c.view.procedureName}" bị từ chối giải quyết vì:`,
      ...list(c.data.reasons),
      `Tra cứu: ${c.lookupUrl}`,
    ],
  },
  'dossier.apology': {
    subject: (c) => `Xin lỗi về việc chậm trả kết quả hồ sơ ${c.view.code}`,
    lines: (c) => [
      `Cơ quan giải quyết chân thành xin lỗi Ông/Bà vì hồ sơ "${c.view.procedureName}" chưa thể trả kết quả đúng hẹn.`,
      `Lý do: ${String(c.data.reason ?? '')}`,
      `Thời gian hẹn trả kết quả mới: ${due(c)}.`,
    ],
  },
  'dossier.delivered': {
    subject: (c) => `Hồ sơ ${c.view.code} đã trả kết quả`,
    lines: (c) => [
      `Kết quả hồ sơ "${c.view.procedureName}" đã được trả lúc ${slipTime(c.view.deliveredAt)}.`,
      `Mời Ông/Bà đánh giá mức độ hài lòng: ${c.lookupUrl}`,
    ],
  },
  'dossier.withdrawn': {
    subject: (c) => `Hồ sơ ${c.view.code} đã dừng giải quyết`,
    lines: (c) => [
      `Theo đề nghị của Ông/Bà, hồ sơ "${c.view.procedureName}" đã được rút và dừng giải quyết.`,
    ],
  },
  'staff.due-soon': {
    subject: (c) => `Hồ sơ ${c.view.code} sắp đến hạn`,
    lines: (c) => [
      `Hồ sơ ${c.view.code} (${c.view.procedureName}) đồng chí đang xử lý sẽ đến hạn lúc ${slipTime(c.view.dueAt)}.`,
    ],
  },
  'staff.supplement-received': {
    subject: (c) => `Hồ sơ ${c.view.code} đã được bổ sung`,
    lines: (c) => [
      `Người nộp đã gửi hồ sơ bổ sung trực tuyến cho hồ sơ ${c.view.code}. Thời hạn giải quyết tiếp tục.`,
    ],
  },
  'staff.assigned': {
    subject: (c) => `Hồ sơ ${c.view.code} được giao cho đồng chí`,
    lines: (c) => [
      `Hồ sơ ${c.view.code} (${c.view.procedureName}) được giao cho đồng chí xử lý.`,
      `Hạn giải quyết: ${slipTime(c.view.dueAt)}.`,
    ],
  },
};

const en: Record<string, Template> = {
  'dossier.submitted': {
    subject: (c) => `Online application ${c.view.code} received`,
    lines: (c) => [
      `Your application "${c.view.procedureName}" was sent and awaits checking by a reception officer.`,
      `Dossier code: ${c.view.code}`,
      `Lookup key: ${c.view.lookupKey} (keep it private; it opens your dossier)`,
      `Follow its progress: ${c.lookupUrl}`,
    ],
  },
  'dossier.received': {
    subject: (c) => `Dossier ${c.view.code} received`,
    lines: (c) => [
      `Your dossier "${c.view.procedureName}" was received at ${slipTime(c.view.receivedAt)}.`,
      `The result is due at ${due(c)}.`,
      'The receipt and appointment slip is attached.',
      `Follow its progress: ${c.lookupUrl}`,
    ],
  },
  'dossier.supplement-requested': {
    subject: (c) => `Dossier ${c.view.code}: documents needed`,
    lines: (c) => [
      `To process "${c.view.procedureName}", please provide:`,
      ...list(c.data.items),
      `Reason: ${String(c.data.reason ?? '')}`,
      `You can send them online at: ${c.lookupUrl}`,
      'The time spent waiting does not count against the deadline.',
    ],
  },
  'dossier.refused': {
    subject: (c) => `Dossier ${c.view.code} not received`,
    lines: (c) => [
      `Your dossier "${c.view.procedureName}" could not be received because:`,
      ...list(c.data.reasons),
    ],
  },
  'dossier.result-ready': {
    subject: (c) => `Dossier ${c.view.code}: result ready`,
    lines: (c) => [
      `The result of "${c.view.procedureName}" is ready for collection at the counter.`,
      `Details: ${c.lookupUrl}`,
    ],
  },
  'dossier.rejected': {
    subject: (c) => `Dossier ${c.view.code}: refused`,
    lines: (c) => [
      `Your application "${c.view.procedureName}" was refused because:`,
      ...list(c.data.reasons),
      `Details: ${c.lookupUrl}`,
    ],
  },
  'dossier.apology': {
    subject: (c) => `Apology: dossier ${c.view.code} is delayed`,
    lines: (c) => [
      `We apologise: the result of "${c.view.procedureName}" cannot be ready on the promised date.`,
      `Reason: ${String(c.data.reason ?? '')}`,
      `New date: ${due(c)}.`,
    ],
  },
  'dossier.delivered': {
    subject: (c) => `Dossier ${c.view.code}: result delivered`,
    lines: (c) => [
      `The result of "${c.view.procedureName}" was delivered.`,
      `Please rate the service: ${c.lookupUrl}`,
    ],
  },
  'dossier.withdrawn': {
    subject: (c) => `Dossier ${c.view.code} withdrawn`,
    lines: (c) => [`At your request, "${c.view.procedureName}" was withdrawn and its processing stopped.`],
  },
};

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

export function renderEmail(topic: string, language: Language, context: Context): RenderedEmail | undefined {
  // Staff messages are always Vietnamese.
  const template = (language === 'en' && !topic.startsWith('staff.') ? en[topic] : undefined) ?? vi[topic];
  if (!template) return undefined;
  const greeting = topic.startsWith('staff.')
    ? 'Kính gửi đồng chí,'
    : language === 'en'
      ? 'Dear applicant,'
      : 'Kính gửi Ông/Bà,';
  const closing = language === 'en' ? 'The one-stop shop (motcua)' : 'Bộ phận Một cửa (hệ thống motcua)';
  const lines = [greeting, '', ...template.lines(context), '', closing];
  const html = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5">',
    ...lines.map((l) => (l === '' ? '<br>' : `<p style="margin:0">${escapeHtml(l)}</p>`)),
    '</body></html>',
  ].join('\n');
  return { subject: template.subject(context), text: `${lines.join('\n')}\n`, html };
}
