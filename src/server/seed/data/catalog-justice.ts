// Justice procedures other than commune civil status and certification: civil status with a
// foreign element (registered by the district, Law on Civil Status Ch. III), grassroots mediation
// and legal dissemination. Codes 2.000528, 2.000806, 1.002211, 2.000930, 2.000950, 2.000424 are
// real; the rest are illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  communeFlow,
  DEPT,
  districtFlow,
  doc,
  fee,
  ID_SHOWN,
  OFFICER,
  optionalDoc,
  procedure,
  type ShortSpec,
  type SpecWithDefaults,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const CIVIL_BASIS = [LAW.civilStatus, LAW.nd123, LAW.tt04_2020, LAW.tt85_2019];
const MEDIATION_BASIS = [LAW.mediation, LAW.nd15_2014];
const DISSEMINATION_BASIS = [LAW.legalDissemination, LAW.tt10_2016];

const foreignCivil = (spec: ShortSpec) =>
  procedure({
    field: FIELD.civilStatus,
    level: 'district',
    basis: CIVIL_BASIS,
    flow: districtFlow(DEPT.justice),
    ...spec,
  });
const grassroots = (
  spec: SpecWithDefaults<'field' | 'basis' | 'flow' | 'level' | 'onlineLevel' | 'applicants'>,
) =>
  procedure({
    field: FIELD.justice,
    level: 'commune',
    basis: MEDIATION_BASIS,
    flow: communeFlow(OFFICER.justice),
    applicants: ['organisation'],
    onlineLevel: 'none',
    ...spec,
  });

const provincialFee = (what: string, amount: number) =>
  fee(`Lệ phí ${what} (mức do HĐND tỉnh quy định)`, amount);

const FOREIGN_PAPERS = doc(
  'GTNN',
  'Giấy tờ do cơ quan có thẩm quyền nước ngoài cấp, đã được hợp pháp hóa lãnh sự và dịch ra tiếng Việt',
  1,
  0,
);
const MEDIATION_PROPOSAL = doc(
  'VBDN',
  'Văn bản đề nghị của Trưởng ban công tác Mặt trận ở thôn, tổ dân phố',
  1,
  0,
);

export const justiceProcedures = [
  foreignCivil({
    code: '2.000528',
    name: 'Đăng ký khai sinh có yếu tố nước ngoài',
    nameEn: 'Birth registration with a foreign element',
    time: 3,
    fees: [provincialFee('đăng ký khai sinh có yếu tố nước ngoài', 75_000)],
    docs: [
      doc('TKKS', 'Tờ khai đăng ký khai sinh theo mẫu', 1, 0),
      doc('GCS', 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 1, 0),
      doc('TTQT', 'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con', 1, 0),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Giấy khai sinh (bản chính)',
  }),
  foreignCivil({
    code: '2.000806',
    name: 'Đăng ký kết hôn có yếu tố nước ngoài',
    nameEn: 'Marriage registration with a foreign element',
    time: 15,
    fees: [provincialFee('đăng ký kết hôn có yếu tố nước ngoài', 1_000_000)],
    docs: [
      doc('TKKH', 'Tờ khai đăng ký kết hôn theo mẫu', 1, 0),
      FOREIGN_PAPERS,
      doc(
        'GKSK',
        'Giấy xác nhận của tổ chức y tế có thẩm quyền về việc không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ hành vi',
        1,
        0,
      ),
      doc('HC', 'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của người nước ngoài', 0, 1),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Giấy chứng nhận kết hôn (bản chính)',
  }),
  foreignCivil({
    code: '2.000779',
    name: 'Đăng ký khai tử có yếu tố nước ngoài',
    time: 3,
    fees: [provincialFee('đăng ký khai tử có yếu tố nước ngoài', 50_000)],
    docs: [
      doc('TKKT', 'Tờ khai đăng ký khai tử theo mẫu', 1, 0),
      doc('GBT', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 1, 0),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Trích lục khai tử (bản chính)',
  }),
  foreignCivil({
    code: '2.000756',
    name: 'Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài',
    time: 15,
    fees: [provincialFee('đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', 1_000_000)],
    docs: [
      doc('TKNCMC', 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 1, 0),
      doc('CCQH', 'Văn bản giám định ADN hoặc chứng cứ khác chứng minh quan hệ cha, mẹ, con', 1, 0),
      FOREIGN_PAPERS,
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Trích lục đăng ký nhận cha, mẹ, con (bản chính)',
  }),
  foreignCivil({
    code: '2.000748',
    name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc (cấp huyện)',
    nameEn: 'Change or correction of civil status information and re-determination of ethnicity',
    time: 3,
    fees: [provincialFee('thay đổi, cải chính hộ tịch, xác định lại dân tộc', 25_000)],
    docs: [
      doc('TKTD', 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', 1, 0),
      doc('GTCC', 'Giấy tờ làm căn cứ cho việc cải chính hộ tịch hoặc xác định lại dân tộc', 0, 1),
      ID_SHOWN,
    ],
    onlineLevel: 'full',
    result: 'Trích lục thay đổi, cải chính hộ tịch, xác định lại dân tộc (bản chính)',
  }),
  foreignCivil({
    code: '2.000554',
    name: 'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    time: 5,
    fees: [provincialFee('ghi vào Sổ hộ tịch việc kết hôn', 75_000)],
    docs: [
      doc('TKGC', 'Tờ khai ghi vào Sổ hộ tịch việc kết hôn theo mẫu', 1, 0),
      doc(
        'GCNKH-NN',
        'Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền nước ngoài cấp',
        0,
        1,
      ),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Trích lục ghi chú kết hôn (bản chính)',
  }),
  foreignCivil({
    code: '2.000547',
    name: 'Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
    time: 5,
    fees: [provincialFee('ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn', 75_000)],
    docs: [
      doc('TKGC', 'Tờ khai ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn theo mẫu', 1, 0),
      doc(
        'BALH',
        'Bản sao bản án, quyết định ly hôn của cơ quan có thẩm quyền nước ngoài đã có hiệu lực',
        0,
        1,
      ),
      ID_SHOWN,
    ],
    onlineLevel: 'partial',
    result: 'Trích lục ghi chú ly hôn (bản chính)',
  }),
  grassroots({
    code: '1.002211',
    name: 'Thủ tục công nhận hòa giải viên',
    time: 3,
    docs: [MEDIATION_PROPOSAL, doc('BBBAU', 'Biên bản kết quả bầu hòa giải viên', 1, 0)],
    result: 'Quyết định công nhận hòa giải viên của Chủ tịch UBND xã',
  }),
  grassroots({
    code: '2.000950',
    name: 'Thủ tục công nhận tổ trưởng tổ hòa giải',
    time: 3,
    docs: [MEDIATION_PROPOSAL, doc('BBBAU', 'Biên bản kết quả bầu tổ trưởng tổ hòa giải', 1, 0)],
    result: 'Quyết định công nhận tổ trưởng tổ hòa giải của Chủ tịch UBND xã',
  }),
  grassroots({
    code: '2.000930',
    name: 'Thủ tục thôi làm hòa giải viên',
    time: 3,
    docs: [
      MEDIATION_PROPOSAL,
      optionalDoc('DXT', 'Đơn xin thôi làm hòa giải viên (trường hợp tự nguyện xin thôi)', 1, 0),
    ],
    result: 'Quyết định thôi làm hòa giải viên của Chủ tịch UBND xã',
  }),
  grassroots({
    code: '2.000424',
    name: 'Thủ tục thanh toán thù lao cho hòa giải viên',
    time: 5,
    docs: [
      doc('GDNTT', 'Giấy đề nghị thanh toán thù lao cho hòa giải viên theo mẫu', 1, 0),
      doc('BBHG', 'Bản sao biên bản hòa giải thành hoặc hòa giải không thành', 0, 1),
    ],
    applicants: ['citizen', 'organisation'],
    result: 'Quyết định thanh toán thù lao cho hòa giải viên',
  }),
  grassroots({
    code: '2.001449',
    name: 'Công nhận tuyên truyền viên pháp luật',
    time: 5,
    docs: [
      doc(
        'VBDN',
        'Văn bản đề nghị công nhận tuyên truyền viên pháp luật của Trưởng thôn, Tổ trưởng tổ dân phố',
        1,
        0,
      ),
      doc('DSTTV', 'Danh sách trích ngang người được đề nghị công nhận tuyên truyền viên pháp luật', 1, 0),
    ],
    result: 'Quyết định công nhận tuyên truyền viên pháp luật của Chủ tịch UBND xã',
    basis: DISSEMINATION_BASIS,
  }),
  procedure({
    code: '2.001457',
    name: 'Công nhận báo cáo viên pháp luật (cấp huyện)',
    field: FIELD.justice,
    level: 'district',
    time: 7,
    docs: [
      doc('VBDN', 'Văn bản đề nghị công nhận báo cáo viên pháp luật của cơ quan, tổ chức, đơn vị', 1, 0),
      doc('DSBCV', 'Danh sách trích ngang người được đề nghị công nhận báo cáo viên pháp luật', 1, 0),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation'],
    result: 'Quyết định công nhận báo cáo viên pháp luật của Chủ tịch UBND huyện',
    basis: DISSEMINATION_BASIS,
    flow: districtFlow(DEPT.justice),
  }),
  procedure({
    code: '2.001461',
    name: 'Miễn nhiệm báo cáo viên pháp luật (cấp huyện)',
    field: FIELD.justice,
    level: 'district',
    time: 5,
    docs: [doc('VBDN', 'Văn bản đề nghị miễn nhiệm báo cáo viên pháp luật, nêu rõ lý do', 1, 0)],
    onlineLevel: 'partial',
    applicants: ['organisation'],
    result: 'Quyết định miễn nhiệm báo cáo viên pháp luật của Chủ tịch UBND huyện',
    basis: DISSEMINATION_BASIS,
    flow: districtFlow(DEPT.justice),
  }),
];
