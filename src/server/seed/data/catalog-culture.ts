// Culture and information: karaoke and public video-game licences from the district Culture and
// Information Office (Decree 54/2019, Decree 147/2024), festivals (Decree 110/2018), the
// "cultured family / village" titles (Decree 86/2023) and community libraries. Codes are
// illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  communeFlow,
  DEPT,
  departmentFlow,
  districtFlow,
  doc,
  fee,
  interLevelFlow,
  OFFICER,
  procedure,
  type ShortSpec,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const atDistrict = (spec: ShortSpec) =>
  procedure({
    field: FIELD.culture,
    level: 'district',
    basis: [LAW.nd110_2018],
    flow: departmentFlow(DEPT.culture),
    ...spec,
  });
const atCommune = (spec: ShortSpec) =>
  procedure({
    field: FIELD.culture,
    level: 'commune',
    basis: [LAW.nd86_2023],
    flow: communeFlow(OFFICER.social),
    ...spec,
  });

// Circular 01/2021/TT-BTC: appraisal fee outside cities and towns, by number of rooms.
const KARAOKE_FEES = [
  fee('Phí thẩm định cấp giấy phép kinh doanh karaoke (khu vực khác), từ 01 đến 03 phòng', 2_000_000),
  fee('Phí thẩm định cấp giấy phép kinh doanh karaoke (khu vực khác), từ 04 đến 05 phòng', 3_000_000),
  fee('Phí thẩm định cấp giấy phép kinh doanh karaoke (khu vực khác), từ 06 phòng trở lên', 6_000_000),
];
const KARAOKE_BASIS = [LAW.nd54_2019, LAW.tt01_2021_btc];
const BUSINESS_REGISTRATION = doc(
  'DKKD',
  'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh',
  0,
  1,
);
const FESTIVAL_PLAN = doc(
  'DATC',
  'Đề án tổ chức lễ hội: mục đích, nội dung, thời gian, địa điểm, quy mô, phương án bảo đảm an ninh trật tự, an toàn giao thông, vệ sinh môi trường',
  1,
  0,
);

export const cultureProcedures = [
  atDistrict({
    code: '1.001029',
    name: 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke (do cơ quan quản lý nhà nước về văn hóa cấp huyện cấp)',
    nameEn: 'Karaoke business licence',
    time: 5,
    online: 4,
    fees: KARAOKE_FEES,
    docs: [
      doc('DDN', 'Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke theo mẫu', 1, 0),
      BUSINESS_REGISTRATION,
      doc(
        'PCCC',
        'Bản sao văn bản nghiệm thu hoặc giấy chứng nhận đủ điều kiện về phòng cháy và chữa cháy',
        0,
        1,
      ),
    ],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    basis: KARAOKE_BASIS,
  }),
  atDistrict({
    code: '1.001036',
    name: 'Cấp Giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke (do cơ quan quản lý nhà nước về văn hóa cấp huyện cấp)',
    time: 4,
    docs: [
      doc('DDN', 'Đơn đề nghị điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke theo mẫu', 1, 0),
    ],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    basis: KARAOKE_BASIS,
  }),
  atDistrict({
    code: '1.003635',
    name: 'Đăng ký tổ chức lễ hội cấp huyện',
    nameEn: 'Registering a district-level festival',
    time: 15,
    docs: [doc('VBDK', 'Văn bản đăng ký tổ chức lễ hội theo mẫu', 1, 0), FESTIVAL_PLAN],
    onlineLevel: 'partial',
    applicants: ['organisation'],
    result: 'Văn bản chấp thuận tổ chức lễ hội của UBND huyện',
    flow: districtFlow(DEPT.culture),
  }),
  atDistrict({
    code: '1.003645',
    name: 'Thông báo tổ chức lễ hội cấp huyện',
    time: 5,
    docs: [doc('VBTB', 'Văn bản thông báo tổ chức lễ hội theo mẫu', 1, 0)],
    onlineLevel: 'full',
    applicants: ['organisation'],
    result: 'Văn bản trả lời của UBND huyện (trường hợp không đồng ý phải nêu rõ lý do)',
    flow: districtFlow(DEPT.culture),
  }),
  atDistrict({
    code: '1.003742',
    name: 'Cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    nameEn: 'Certificate for a public video game service point',
    time: 5,
    docs: [
      doc(
        'DDN',
        'Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng theo mẫu',
        1,
        0,
      ),
      BUSINESS_REGISTRATION,
    ],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    basis: [LAW.nd147_2024],
  }),
  atDistrict({
    code: '1.003744',
    name: 'Sửa đổi, bổ sung Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    time: 5,
    docs: [doc('DDN', 'Đơn đề nghị sửa đổi, bổ sung Giấy chứng nhận theo mẫu', 1, 0)],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result:
      'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng (sửa đổi, bổ sung)',
    basis: [LAW.nd147_2024],
  }),
  atDistrict({
    code: '1.003758',
    name: 'Xét tặng danh hiệu "Thôn, tổ dân phố văn hóa"',
    nameEn: 'Awarding the "Cultured village" title',
    receivingLevel: 'commune',
    time: 10,
    docs: [
      doc(
        'BCTT',
        'Báo cáo thành tích đề nghị xét tặng danh hiệu của Trưởng thôn, Tổ trưởng tổ dân phố',
        1,
        0,
      ),
      doc('BBH', 'Biên bản họp thôn, tổ dân phố đề nghị xét tặng danh hiệu', 1, 0),
    ],
    onlineLevel: 'none',
    applicants: ['organisation'],
    result: 'Quyết định tặng danh hiệu "Thôn, tổ dân phố văn hóa" và Giấy công nhận của Chủ tịch UBND huyện',
    basis: [LAW.nd86_2023],
    flow: interLevelFlow(OFFICER.social, DEPT.culture),
  }),
  atCommune({
    code: '1.003750',
    name: 'Xét tặng danh hiệu "Gia đình văn hóa" hằng năm',
    nameEn: 'Awarding the annual "Cultured family" title',
    time: 10,
    docs: [doc('DS', 'Danh sách gia đình được đề nghị xét tặng kèm biên bản họp thôn, tổ dân phố', 1, 0)],
    onlineLevel: 'none',
    applicants: ['organisation'],
    result: 'Quyết định tặng danh hiệu "Gia đình văn hóa" và Giấy công nhận của Chủ tịch UBND xã',
  }),
  atCommune({
    code: '1.003647',
    name: 'Thông báo tổ chức lễ hội cấp xã',
    time: 5,
    docs: [doc('VBTB', 'Văn bản thông báo tổ chức lễ hội theo mẫu', 1, 0)],
    onlineLevel: 'full',
    applicants: ['organisation'],
    result: 'Văn bản trả lời của UBND xã (trường hợp không đồng ý phải nêu rõ lý do)',
    basis: [LAW.nd110_2018],
  }),
  atCommune({
    code: '1.003762',
    name: 'Thông báo thành lập thư viện đối với thư viện cộng đồng',
    time: 5,
    docs: [
      doc('TBTL', 'Thông báo thành lập thư viện theo mẫu', 1, 0),
      doc('QCHD', 'Quy chế tổ chức và hoạt động của thư viện', 1, 0),
    ],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Văn bản xác nhận việc thông báo thành lập thư viện cộng đồng',
    basis: [LAW.library, LAW.nd93_2020],
  }),
];
