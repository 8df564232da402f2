// Education: schools are established by the District Chairman and independent crèches and
// kindergarten classes by the Commune Chairman (Decree 125/2024); pupil transfers and support
// policies go through the district Education Office. Codes 2.002891–2.002894, 1.001639 and
// 2.002770 are real; the rest are illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  communeFlow,
  DEPT,
  departmentFlow,
  districtFlow,
  doc,
  OFFICER,
  optionalDoc,
  procedure,
  type SpecWithDefaults,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const BASIS = [LAW.education, LAW.nd125_2024];

type SchoolSpec = SpecWithDefaults<'field' | 'basis' | 'flow' | 'level' | 'onlineLevel' | 'applicants'>;

const atDistrict = (spec: SchoolSpec) =>
  procedure({
    field: FIELD.education,
    level: 'district',
    basis: BASIS,
    flow: districtFlow(DEPT.education),
    onlineLevel: 'partial',
    applicants: ['organisation', 'citizen'],
    ...spec,
  });
const atCommune = (spec: SchoolSpec) =>
  procedure({
    field: FIELD.education,
    level: 'commune',
    basis: BASIS,
    flow: communeFlow(OFFICER.social),
    onlineLevel: 'partial',
    applicants: ['organisation', 'citizen'],
    ...spec,
  });

const proposal = (what: string) => doc('TT', `Tờ trình đề nghị ${what}`, 1, 0);
const SCHEME = doc('DA', 'Đề án thành lập (mục tiêu, nhiệm vụ, tổ chức bộ máy, nguồn lực, tài chính)', 1, 0);
const PREMISES = optionalDoc(
  'CSVC',
  'Bản sao giấy tờ chứng minh quyền sử dụng đất, nhà hoặc hợp đồng thuê địa điểm (nếu có)',
  0,
  1,
);
const FOUNDING_DECISION = doc('QDTL', 'Bản sao quyết định thành lập hoặc cho phép thành lập', 0, 1);
const REORGANISATION = doc(
  'DASN',
  'Đề án sáp nhập, chia, tách (phương án bảo đảm quyền lợi của trẻ em, học sinh, giáo viên)',
  1,
  0,
);
const DISSOLUTION = doc(
  'PAGT',
  'Phương án giải thể, bảo đảm quyền lợi hợp pháp của người học và nhà giáo',
  1,
  0,
);

export const educationProcedures = [
  atDistrict({
    code: '2.002891',
    name: 'Thành lập trường mầm non công lập hoặc cho phép thành lập trường mầm non dân lập, tư thục',
    time: 20,
    docs: [proposal('thành lập trường mầm non'), SCHEME, PREMISES],
    result: 'Quyết định thành lập hoặc cho phép thành lập trường mầm non của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '2.002894',
    name: 'Cho phép trường mầm non hoạt động giáo dục',
    time: 20,
    docs: [
      proposal('cho phép hoạt động giáo dục'),
      FOUNDING_DECISION,
      doc('DSGV', 'Danh sách cán bộ quản lý, giáo viên, nhân viên kèm bản sao văn bằng, chứng chỉ', 1, 0),
      doc('QC', 'Quy chế tổ chức và hoạt động của nhà trường', 1, 0),
    ],
    result: 'Quyết định cho phép hoạt động giáo dục của Trưởng phòng Giáo dục và Đào tạo',
    flow: departmentFlow(DEPT.education),
  }),
  atDistrict({
    code: '2.002892',
    name: 'Sáp nhập, chia, tách trường mầm non',
    time: 20,
    docs: [proposal('sáp nhập, chia, tách trường mầm non'), REORGANISATION],
    result: 'Quyết định sáp nhập, chia, tách trường mầm non của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '2.002893',
    name: 'Giải thể trường mầm non (theo đề nghị của tổ chức, cá nhân đề nghị thành lập trường)',
    time: 20,
    docs: [proposal('giải thể trường mầm non'), DISSOLUTION],
    result: 'Quyết định giải thể trường mầm non của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.004555',
    name: 'Thành lập trường tiểu học công lập, cho phép thành lập trường tiểu học tư thục',
    time: 20,
    docs: [proposal('thành lập trường tiểu học'), SCHEME, PREMISES],
    result: 'Quyết định thành lập hoặc cho phép thành lập trường tiểu học của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.001639',
    name: 'Giải thể trường tiểu học (theo đề nghị của tổ chức, cá nhân đề nghị thành lập trường)',
    time: 20,
    docs: [proposal('giải thể trường tiểu học'), DISSOLUTION],
    result: 'Quyết định giải thể trường tiểu học của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.004475',
    name: 'Thành lập trường trung học cơ sở công lập hoặc cho phép thành lập trường trung học cơ sở tư thục',
    time: 20,
    docs: [proposal('thành lập trường trung học cơ sở'), SCHEME, PREMISES],
    result: 'Quyết định thành lập hoặc cho phép thành lập trường trung học cơ sở của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.005097',
    name: 'Thủ tục chuyển trường đối với học sinh trung học cơ sở',
    nameEn: 'Transfer of a lower-secondary pupil to another school',
    time: 3,
    docs: [
      doc('DXCT', 'Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký', 1, 0),
      doc('HB', 'Học bạ (bản chính)', 1, 0),
      doc('GCT', 'Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp', 1, 0),
      doc('GKS', 'Bản sao Giấy khai sinh', 0, 1),
    ],
    onlineLevel: 'full',
    applicants: ['citizen'],
    result: 'Giấy giới thiệu chuyển trường có xác nhận của Phòng Giáo dục và Đào tạo',
    basis: [LAW.education, LAW.tt32_2020, LAW.qd51_2002],
    flow: departmentFlow(DEPT.education),
  }),
  atDistrict({
    code: '2.002770',
    name: 'Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú đang học tại các trường tiểu học, trung học cơ sở ở xã, thôn đặc biệt khó khăn',
    nameEn: 'Support for semi-boarding pupils in extremely disadvantaged communes',
    time: 10,
    docs: [doc('DDN', 'Đơn đề nghị hỗ trợ theo mẫu, có xác nhận của nhà trường', 1, 0)],
    applicants: ['citizen'],
    result: 'Quyết định phê duyệt danh sách học sinh bán trú được hưởng chính sách hỗ trợ',
    basis: [LAW.nd116_2016],
  }),
  atDistrict({
    code: '1.008950',
    name: 'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo',
    time: 10,
    docs: [
      doc('DDN', 'Đơn đề nghị hỗ trợ ăn trưa theo mẫu', 1, 0),
      optionalDoc(
        'GTCS',
        'Bản sao giấy tờ chứng minh thuộc đối tượng hưởng chính sách (hộ nghèo, hộ cận nghèo)',
        0,
        1,
      ),
    ],
    applicants: ['citizen'],
    result: 'Quyết định phê duyệt danh sách trẻ em được hỗ trợ ăn trưa',
    basis: [LAW.nd105_2020],
  }),
  atDistrict({
    code: '1.004431',
    name: 'Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ',
    time: 15,
    docs: [
      proposal('kiểm tra, công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ'),
      doc('BCPC', 'Báo cáo kết quả phổ cập giáo dục, xóa mù chữ kèm biểu thống kê', 1, 0),
    ],
    applicants: ['organisation'],
    result: 'Quyết định công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ của Chủ tịch UBND huyện',
    basis: [LAW.education, LAW.nd20_2014],
  }),
  atCommune({
    code: '1.004492',
    name: 'Thành lập nhóm trẻ, lớp mẫu giáo độc lập',
    nameEn: 'Establishing an independent crèche or kindergarten class',
    time: 20,
    docs: [proposal('thành lập nhóm trẻ, lớp mẫu giáo độc lập'), SCHEME, PREMISES],
    result: 'Quyết định cho phép thành lập nhóm trẻ, lớp mẫu giáo độc lập của Chủ tịch UBND xã',
  }),
  atCommune({
    code: '1.004494',
    name: 'Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục trở lại',
    time: 10,
    docs: [
      proposal('cho phép hoạt động giáo dục trở lại'),
      FOUNDING_DECISION,
      doc('BCKP', 'Báo cáo kết quả khắc phục các nguyên nhân bị đình chỉ hoạt động giáo dục', 1, 0),
    ],
    result: 'Quyết định cho phép hoạt động giáo dục trở lại của Chủ tịch UBND xã',
  }),
  atCommune({
    code: '1.004496',
    name: 'Sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập',
    time: 20,
    docs: [proposal('sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập'), REORGANISATION],
    result: 'Quyết định sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập của Chủ tịch UBND xã',
  }),
  atCommune({
    code: '1.004498',
    name: 'Giải thể nhóm trẻ, lớp mẫu giáo độc lập (theo yêu cầu của tổ chức, cá nhân đề nghị thành lập)',
    time: 15,
    docs: [proposal('giải thể nhóm trẻ, lớp mẫu giáo độc lập'), DISSOLUTION],
    result: 'Quyết định giải thể nhóm trẻ, lớp mẫu giáo độc lập của Chủ tịch UBND xã',
  }),
];
