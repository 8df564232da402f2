// Civil status (hộ tịch) procedures resolved at the commune. Procedure codes are real where we
// could check them (e.g. 1.001193, 1.000894, 1.000656, 2.000635); the others are plausible and
// illustrative: take them from the National Database on Administrative Procedures in production.
// Times follow the Law on Civil Status (Art. 16, 18, 25, 28…) and Decree 123/2015 (Art. 22, 26…).
import { FIELD } from './catalog-fields.ts';
import {
  COMMUNE_DESK,
  COMMUNE_LEADER,
  communeFlow,
  doc,
  FREE,
  fee,
  ID_SHOWN,
  OFFICER,
  optionalDoc,
  PROXY,
  procedure,
  type ShortSpec,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const BASIS = [LAW.civilStatus, LAW.nd123, LAW.tt04_2020, LAW.nd87_2020, LAW.tt85_2019];

const civil = (spec: ShortSpec) =>
  procedure({
    field: FIELD.civilStatus,
    level: 'commune',
    basis: BASIS,
    flow: communeFlow(OFFICER.justice),
    ...spec,
  });

const provincialFee = (what: string, amount: number) =>
  fee(`Lệ phí ${what} (mức do HĐND tỉnh quy định)`, amount);

const BIRTH_FORM = doc('TKKS', 'Tờ khai đăng ký khai sinh theo mẫu', 1, 0);
const BIRTH_CERTIFICATE = doc(
  'GCS',
  'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh (văn bản của người làm chứng, giấy cam đoan về việc sinh)',
  1,
  0,
);
const DEATH_NOTICE = doc(
  'GBT',
  'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp',
  1,
  0,
);
const EXTRACT_COPY_FEE = fee('Phí cấp bản sao trích lục hộ tịch (nếu có yêu cầu): 8.000 đồng/bản', 8_000);

export const civilStatusProcedures = [
  civil({
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    nameEn: 'Birth registration',
    time: 0,
    fees: [fee('Miễn lệ phí đăng ký khai sinh đúng hạn', 0), EXTRACT_COPY_FEE],
    docs: [
      BIRTH_FORM,
      BIRTH_CERTIFICATE,
      optionalDoc('BBBR', 'Biên bản xác nhận việc trẻ bị bỏ rơi (trường hợp trẻ em bị bỏ rơi)', 1, 0),
      PROXY,
      ID_SHOWN,
    ],
    onlineLevel: 'full',
    result: 'Giấy khai sinh (bản chính)',
  }),
  civil({
    code: '1.000689',
    name: 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
    nameEn: 'Birth registration combined with recognition of parentage',
    time: 3,
    fees: [
      fee('Miễn lệ phí đăng ký khai sinh đúng hạn', 0),
      provincialFee('đăng ký nhận cha, mẹ, con', 15_000),
    ],
    docs: [
      BIRTH_FORM,
      doc('TKNCMC', 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 1, 0),
      BIRTH_CERTIFICATE,
      doc(
        'CCQH',
        'Văn bản của cơ quan y tế, cơ quan giám định hoặc chứng cứ khác chứng minh quan hệ cha, mẹ, con',
        1,
        0,
      ),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Giấy khai sinh (bản chính) và Trích lục đăng ký nhận cha, mẹ, con',
  }),
  civil({
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    nameEn: 'Marriage registration',
    time: 5,
    fees: [FREE, EXTRACT_COPY_FEE],
    docs: [
      doc('TKKH', 'Tờ khai đăng ký kết hôn theo mẫu', 1, 0),
      optionalDoc(
        'XNHN',
        'Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại UBND xã không phải nơi thường trú)',
        1,
        0,
      ),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Giấy chứng nhận kết hôn (02 bản chính, mỗi bên giữ 01 bản)',
    basis: [...BASIS, LAW.tt281_2016],
  }),
  civil({
    code: '1.000656',
    name: 'Đăng ký khai tử',
    nameEn: 'Death registration',
    time: 0,
    fees: [fee('Miễn lệ phí đăng ký khai tử đúng hạn', 0)],
    docs: [doc('TKKT', 'Tờ khai đăng ký khai tử theo mẫu', 1, 0), DEATH_NOTICE, PROXY, ID_SHOWN],
    onlineLevel: 'full',
    result: 'Trích lục khai tử (bản chính)',
  }),
  civil({
    code: '1.001022',
    name: 'Đăng ký nhận cha, mẹ, con',
    nameEn: 'Recognition of parentage',
    time: 3,
    fees: [provincialFee('đăng ký nhận cha, mẹ, con', 15_000)],
    docs: [
      doc('TKNCMC', 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 1, 0),
      doc('CCQH', 'Văn bản giám định ADN hoặc chứng cứ khác chứng minh quan hệ cha, mẹ, con', 1, 0),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Trích lục đăng ký nhận cha, mẹ, con (bản chính)',
  }),
  civil({
    code: '1.004859',
    name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    nameEn: 'Change, correction or supplement of civil status information',
    time: 3,
    fees: [provincialFee('thay đổi, cải chính, bổ sung thông tin hộ tịch', 15_000)],
    docs: [
      doc('TKTD', 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', 1, 0),
      doc('GTCC', 'Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch', 0, 1),
      PROXY,
      ID_SHOWN,
    ],
    onlineLevel: 'full',
    result: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch (bản chính)',
  }),
  civil({
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    nameEn: 'Certificate of marital status',
    time: 3,
    online: 2,
    fees: [provincialFee('cấp Giấy xác nhận tình trạng hôn nhân', 15_000)],
    docs: [
      doc('TKXN', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu', 1, 0),
      optionalDoc(
        'GTLH',
        'Bản án, quyết định ly hôn đã có hiệu lực hoặc trích lục khai tử của vợ, chồng (nếu đã từng kết hôn)',
        0,
        1,
      ),
      ID_SHOWN,
    ],
    onlineLevel: 'full',
    result: 'Giấy xác nhận tình trạng hôn nhân (bản chính)',
  }),
  civil({
    code: '1.004884',
    name: 'Đăng ký lại khai sinh',
    nameEn: 'Re-registration of a birth',
    time: 5,
    fees: [provincialFee('đăng ký lại khai sinh', 10_000)],
    docs: [
      doc(
        'TKDLKS',
        'Tờ khai đăng ký lại khai sinh theo mẫu, có cam đoan đã đăng ký khai sinh trước đây',
        1,
        0,
      ),
      doc(
        'GTKS',
        'Bản sao Giấy khai sinh hoặc giấy tờ, tài liệu có nội dung khai sinh (học bạ, hồ sơ học tập, hồ sơ cán bộ)',
        0,
        1,
      ),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Giấy khai sinh (bản chính) có ghi "Đăng ký lại"',
  }),
  civil({
    code: '1.004746',
    name: 'Đăng ký lại kết hôn',
    time: 5,
    fees: [provincialFee('đăng ký lại kết hôn', 10_000)],
    docs: [
      doc('TKDLKH', 'Tờ khai đăng ký lại kết hôn theo mẫu', 1, 0),
      doc('GTKH', 'Bản sao Giấy chứng nhận kết hôn trước đây hoặc giấy tờ có nội dung liên quan', 0, 1),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Giấy chứng nhận kết hôn (bản chính) có ghi "Đăng ký lại"',
  }),
  civil({
    code: '1.005461',
    name: 'Đăng ký lại khai tử',
    time: 5,
    fees: [provincialFee('đăng ký lại khai tử', 10_000)],
    docs: [
      doc('TKDLKT', 'Tờ khai đăng ký lại khai tử theo mẫu', 1, 0),
      doc(
        'GTKT',
        'Bản sao Giấy chứng tử trước đây hoặc giấy tờ có nội dung liên quan đến việc khai tử',
        0,
        1,
      ),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Trích lục khai tử (bản chính)',
  }),
  civil({
    code: '1.004837',
    name: 'Đăng ký giám hộ',
    nameEn: 'Registration of guardianship',
    time: 3,
    fees: [FREE],
    docs: [
      doc('TKGH', 'Tờ khai đăng ký giám hộ theo mẫu', 1, 0),
      doc('VBCGH', 'Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự (trường hợp giám hộ cử)', 1, 0),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Trích lục đăng ký giám hộ (bản chính)',
  }),
  civil({
    code: '1.004845',
    name: 'Đăng ký chấm dứt giám hộ',
    time: 2,
    fees: [provincialFee('đăng ký chấm dứt giám hộ', 10_000)],
    docs: [
      doc('TKCDGH', 'Tờ khai đăng ký chấm dứt giám hộ theo mẫu', 1, 0),
      doc('CCCD-GH', 'Giấy tờ làm căn cứ chấm dứt việc giám hộ theo quy định của Bộ luật Dân sự', 0, 1),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Trích lục đăng ký chấm dứt giám hộ (bản chính)',
  }),
  civil({
    code: '2.000635',
    name: 'Cấp bản sao trích lục hộ tịch',
    nameEn: 'Certified copy of a civil status extract',
    time: 4,
    unit: 'working_hours',
    fees: [fee('Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản', 8_000)],
    docs: [
      doc(
        'TKBS',
        'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu (cá nhân) hoặc văn bản yêu cầu (tổ chức)',
        1,
        0,
      ),
      PROXY,
      ID_SHOWN,
    ],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Bản sao trích lục hộ tịch',
    basis: [...BASIS, LAW.tt281_2016],
  }),
  civil({
    code: '1.000593',
    name: 'Đăng ký kết hôn lưu động',
    time: 5,
    fees: [FREE],
    docs: [doc('TKKH', 'Tờ khai đăng ký kết hôn theo mẫu', 1, 0), ID_SHOWN],
    onlineLevel: 'none',
    result: 'Giấy chứng nhận kết hôn (bản chính), trao tại nơi tổ chức đăng ký lưu động',
  }),
  civil({
    code: '1.000419',
    name: 'Đăng ký khai tử lưu động',
    time: 5,
    fees: [FREE],
    docs: [doc('TKKT', 'Tờ khai đăng ký khai tử theo mẫu', 1, 0), DEATH_NOTICE],
    onlineLevel: 'none',
    result: 'Trích lục khai tử (bản chính)',
  }),
  civil({
    code: '3.000722',
    name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    nameEn: 'Linked birth, permanent residence and health insurance registration for children under six',
    time: 5,
    fees: [fee('Miễn lệ phí đăng ký khai sinh đúng hạn', 0)],
    docs: [
      doc('TKLT', 'Tờ khai điện tử liên thông theo mẫu trên Cổng Dịch vụ công', 1, 0),
      BIRTH_CERTIFICATE,
      optionalDoc(
        'DYCT',
        'Văn bản đồng ý cho đăng ký thường trú của chủ hộ hoặc chủ sở hữu chỗ ở hợp pháp (nếu cần)',
        1,
        0,
      ),
    ],
    onlineLevel: 'full',
    result:
      'Giấy khai sinh (bản chính), thông báo kết quả đăng ký thường trú và thẻ bảo hiểm y tế của trẻ em',
    basis: [LAW.nd63_2024, ...BASIS],
    flow: [
      { name: 'Tiếp nhận hồ sơ liên thông', role: 'reception', department: COMMUNE_DESK, weight: 1 },
      {
        name: 'Đăng ký khai sinh, cấp số định danh cá nhân',
        role: 'specialist',
        department: OFFICER.justice,
        weight: 4,
      },
      { name: 'Ký Giấy khai sinh', role: 'leader', department: COMMUNE_LEADER, weight: 1 },
      { name: 'Đăng ký thường trú', role: 'specialist', department: 'Công an xã', weight: 3 },
      { name: 'Cấp thẻ bảo hiểm y tế', role: 'specialist', department: 'Bảo hiểm xã hội huyện', weight: 2 },
      { name: 'Trả kết quả', role: 'reception', department: COMMUNE_DESK, weight: 1 },
    ],
  }),
  civil({
    code: '2.002913',
    name: 'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    nameEn: 'Linked death registration, residence deregistration and funeral and survivor benefits',
    time: 7,
    fees: [fee('Miễn lệ phí đăng ký khai tử đúng hạn', 0)],
    docs: [
      doc('TKLT', 'Tờ khai điện tử liên thông theo mẫu trên Cổng Dịch vụ công', 1, 0),
      DEATH_NOTICE,
      optionalDoc(
        'HSTT',
        'Hồ sơ đề nghị giải quyết chế độ tử tuất (trường hợp người chết đang hưởng chế độ)',
        1,
        0,
      ),
    ],
    onlineLevel: 'full',
    result:
      'Trích lục khai tử, thông báo xóa đăng ký thường trú và quyết định giải quyết mai táng phí, tử tuất',
    basis: [LAW.nd63_2024, ...BASIS],
    flow: [
      { name: 'Tiếp nhận hồ sơ liên thông', role: 'reception', department: COMMUNE_DESK, weight: 1 },
      { name: 'Đăng ký khai tử', role: 'specialist', department: OFFICER.justice, weight: 3 },
      { name: 'Ký Trích lục khai tử', role: 'leader', department: COMMUNE_LEADER, weight: 1 },
      { name: 'Xóa đăng ký thường trú', role: 'specialist', department: 'Công an xã', weight: 2 },
      {
        name: 'Giải quyết mai táng phí, tử tuất',
        role: 'specialist',
        department: 'Bảo hiểm xã hội huyện',
        weight: 4,
      },
      { name: 'Trả kết quả', role: 'reception', department: COMMUNE_DESK, weight: 1 },
    ],
  }),
];
