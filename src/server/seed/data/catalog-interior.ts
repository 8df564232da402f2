// Internal affairs: associations (Decree 126/2024), beliefs and religion (Law on Belief and
// Religion 2016, whose limits are counted in calendar days), village heads and residential group
// leaders (Circular 04/2012/TT-BNV: recognised within 4 working days). Codes are illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  communeFlow,
  DEPT,
  districtFlow,
  doc,
  OFFICER,
  procedure,
  type ShortSpec,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';
import { TOWNSHIP_CODES } from './units.ts';

const RELIGION_BASIS = [LAW.religion, LAW.nd95_2023];
const VILLAGE_BASIS = [LAW.democracy, LAW.tt04_2012];

const atDistrict = (spec: ShortSpec) =>
  procedure({
    field: FIELD.interior,
    level: 'district',
    basis: [LAW.nd126_2024],
    flow: districtFlow(DEPT.interior),
    ...spec,
  });
const atCommune = (spec: ShortSpec) =>
  procedure({
    field: FIELD.interior,
    level: 'commune',
    basis: RELIGION_BASIS,
    flow: communeFlow(OFFICER.social),
    ...spec,
  });

const BELIEF_REGISTRATION = doc(
  'VBDK',
  'Văn bản đăng ký hoạt động tín ngưỡng: tên cơ sở tín ngưỡng, loại hình, nội dung, quy mô, thời gian, địa điểm tổ chức',
  1,
  0,
);
const electionMinutes = (who: string) => doc('BBBC', `Biên bản kết quả bầu ${who}`, 1, 0);
const FRONT_PROPOSAL = doc('VBDN', 'Văn bản đề nghị công nhận của Trưởng ban công tác Mặt trận', 1, 0);

export const interiorProcedures = [
  atDistrict({
    code: '1.003918',
    name: 'Thủ tục thành lập hội',
    nameEn: 'Founding an association',
    time: 30,
    docs: [
      doc('DDN', 'Đơn đề nghị thành lập hội theo mẫu', 1, 0),
      doc('DTDL', 'Dự thảo điều lệ hội', 1, 0),
      doc('DSBVD', 'Danh sách những người trong ban vận động thành lập hội', 1, 0),
      doc('XNTS', 'Văn bản xác nhận nơi dự kiến đặt trụ sở của hội', 1, 0),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation', 'citizen'],
    result: 'Quyết định cho phép thành lập hội của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.003898',
    name: 'Thủ tục phê duyệt điều lệ hội',
    time: 20,
    docs: [
      doc('VBDN', 'Văn bản đề nghị phê duyệt điều lệ hội', 1, 0),
      doc('DL', 'Điều lệ hội và biên bản thông qua điều lệ tại đại hội', 1, 0),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation'],
    result: 'Quyết định phê duyệt điều lệ hội của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.003858',
    name: 'Thủ tục hội tự giải thể',
    time: 15,
    docs: [
      doc('DDN', 'Đơn đề nghị giải thể hội', 1, 0),
      doc('NQGT', 'Nghị quyết giải thể hội', 1, 0),
      doc('BKTS', 'Bản kê tài sản, tài chính và phương án giải quyết tài sản, tài chính', 1, 0),
    ],
    onlineLevel: 'none',
    applicants: ['organisation'],
    result: 'Quyết định giải thể hội của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.001109',
    name: 'Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký để sinh hoạt tôn giáo có quy mô tổ chức ở một huyện',
    time: 15,
    unit: 'calendar_days',
    docs: [
      doc(
        'VBDN',
        'Văn bản đề nghị nêu rõ tên cuộc lễ, người chủ trì, nội dung, chương trình, thời gian, địa điểm, quy mô',
        1,
        0,
      ),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation'],
    result: 'Văn bản chấp thuận của UBND huyện',
    basis: RELIGION_BASIS,
  }),
  atCommune({
    code: '1.001055',
    name: 'Đăng ký hoạt động tín ngưỡng',
    nameEn: 'Registering annual belief activities',
    time: 15,
    unit: 'calendar_days',
    docs: [BELIEF_REGISTRATION],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Văn bản chấp thuận đăng ký hoạt động tín ngưỡng của UBND xã',
  }),
  atCommune({
    code: '1.001078',
    name: 'Đăng ký bổ sung hoạt động tín ngưỡng',
    time: 15,
    unit: 'calendar_days',
    docs: [BELIEF_REGISTRATION],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Văn bản chấp thuận đăng ký bổ sung hoạt động tín ngưỡng của UBND xã',
  }),
  atCommune({
    code: '1.001085',
    name: 'Đăng ký sinh hoạt tôn giáo tập trung',
    nameEn: 'Registering collective religious practice',
    time: 20,
    unit: 'calendar_days',
    docs: [
      doc('VBDK', 'Văn bản đăng ký sinh hoạt tôn giáo tập trung theo mẫu', 1, 0),
      doc('DDHP', 'Giấy tờ chứng minh có địa điểm hợp pháp để sinh hoạt tôn giáo tập trung', 0, 1),
      doc('GLGL', 'Bản tóm tắt giáo lý, giáo luật, lễ nghi của tôn giáo', 1, 0),
      doc('DSNTG', 'Danh sách những người tham gia sinh hoạt tôn giáo tập trung', 1, 0),
    ],
    onlineLevel: 'partial',
    result: 'Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung của UBND xã',
  }),
  atCommune({
    code: '1.001090',
    name: 'Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung trong địa bàn một xã',
    time: 20,
    unit: 'calendar_days',
    docs: [
      doc('VBDN', 'Văn bản đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung', 1, 0),
      doc('DDHP', 'Giấy tờ chứng minh có địa điểm hợp pháp mới để sinh hoạt tôn giáo tập trung', 0, 1),
    ],
    onlineLevel: 'partial',
    result: 'Văn bản chấp thuận thay đổi địa điểm của UBND xã',
  }),
  atCommune({
    code: '1.001098',
    name: 'Thông báo tổ chức quyên góp trong địa bàn một xã của cơ sở tín ngưỡng, tổ chức tôn giáo, tổ chức tôn giáo trực thuộc',
    time: 5,
    docs: [
      doc(
        'VBTB',
        'Văn bản thông báo: mục đích, phạm vi, cách thức, thời gian quyên góp, cơ chế quản lý, sử dụng',
        1,
        0,
      ),
    ],
    onlineLevel: 'full',
    applicants: ['organisation'],
    result: 'Văn bản xác nhận đã nhận thông báo của UBND xã',
  }),
  atCommune({
    code: '2.000509',
    name: 'Công nhận Trưởng thôn',
    time: 4,
    docs: [FRONT_PROPOSAL, electionMinutes('Trưởng thôn')],
    onlineLevel: 'none',
    applicants: ['organisation'],
    result: 'Quyết định công nhận Trưởng thôn của Chủ tịch UBND xã',
    basis: VILLAGE_BASIS,
    flow: communeFlow(OFFICER.office),
  }),
  atCommune({
    code: '2.000511',
    name: 'Công nhận Tổ trưởng tổ dân phố',
    nameEn: 'Recognition of a residential group leader',
    time: 4,
    docs: [FRONT_PROPOSAL, electionMinutes('Tổ trưởng tổ dân phố')],
    onlineLevel: 'none',
    applicants: ['organisation'],
    result: 'Quyết định công nhận Tổ trưởng tổ dân phố của Chủ tịch UBND thị trấn',
    basis: VILLAGE_BASIS,
    flow: communeFlow(OFFICER.office),
    // Only townships have residential groups; villages (thôn) have village heads instead.
    unitCodes: TOWNSHIP_CODES,
  }),
];
