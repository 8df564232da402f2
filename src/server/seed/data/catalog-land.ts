// Land (Land Law 2024, Decree 101/2024) and environment procedures. Households and individuals
// may lodge land registration at the commune (Decree 101/2024): those procedures are inter-level,
// received at the commune and decided at the district. Times follow Decree 101/2024 Art. 22.
// Codes 1.012753, 1.012783, 1.012784, 1.012786, 1.012789, 1.012790, 1.012812, 1.013831,
// 1.011441, 1.011443 are real; the rest are illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  COMMUNE_DESK,
  COMMUNE_LEADER,
  communeFlow,
  DEPT,
  departmentFlow,
  districtFlow,
  doc,
  fee,
  interLevelFlow,
  OFFICER,
  optionalDoc,
  procedure,
  type ShortSpec,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const BASIS = [LAW.land, LAW.nd101_2024, LAW.nd102_2024, LAW.tt85_2019];

const land = (spec: ShortSpec) =>
  procedure({
    field: FIELD.land,
    level: 'district',
    basis: BASIS,
    flow: departmentFlow(DEPT.landOffice),
    ...spec,
  });
/**
 * Lodged at the commune, decided at the district (liên thông). The land registration office
 * signs registrations and re-issues; the district People's Committee signs first certificates.
 */
const landFromCommune = (spec: ShortSpec) =>
  land({
    receivingLevel: 'commune',
    flow: interLevelFlow(OFFICER.land, DEPT.landOffice, 'department'),
    ...spec,
  });

const CERTIFICATE_FEE = fee(
  'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (mức do HĐND tỉnh quy định)',
  100_000,
);
const APPRAISAL_FEE = fee('Phí thẩm định hồ sơ cấp Giấy chứng nhận (mức do HĐND tỉnh quy định)', 300_000);
const CHANGE_FEE = fee('Lệ phí chứng nhận đăng ký biến động về đất đai (mức do HĐND tỉnh quy định)', 30_000);

const REGISTRATION_FORM = doc(
  'DDK',
  'Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu ban hành kèm theo Nghị định số 101/2024/NĐ-CP',
  1,
  0,
);
const LAND_PAPERS = optionalDoc(
  'GTQSD',
  'Giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)',
  0,
  1,
);
const SURVEY = optionalDoc('TDDC', 'Mảnh trích đo bản đồ địa chính thửa đất (nếu có)', 1, 0);
const FINANCIAL_PAPERS = optionalDoc(
  'NVTC',
  'Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ miễn, giảm nghĩa vụ tài chính (nếu có)',
  0,
  1,
);
const CERTIFICATE = doc('GCN', 'Bản gốc Giấy chứng nhận đã cấp', 1, 0);
const CERTIFICATE_RESULT = 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất';

export const landProcedures = [
  landFromCommune({
    code: '1.012753',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
    nameEn: 'First registration of land and first issue of the land use right certificate',
    time: 20,
    fees: [CERTIFICATE_FEE, APPRAISAL_FEE],
    docs: [REGISTRATION_FORM, LAND_PAPERS, SURVEY, FINANCIAL_PAPERS],
    onlineLevel: 'partial',
    result: CERTIFICATE_RESULT,
    flow: interLevelFlow(OFFICER.land, DEPT.landOffice, 'committee'),
  }),
  landFromCommune({
    code: '1.012754',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu',
    nameEn: 'First registration of land and attached assets',
    time: 17,
    fees: [fee('Lệ phí đăng ký đất đai (mức do HĐND tỉnh quy định)', 28_000)],
    docs: [REGISTRATION_FORM, LAND_PAPERS, SURVEY],
    onlineLevel: 'partial',
    result: 'Thông báo kết quả đăng ký đất đai, tài sản gắn liền với đất; cập nhật hồ sơ địa chính',
  }),
  landFromCommune({
    code: '1.013831',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    nameEn: 'Registration of a transfer, inheritance or gift of land use rights',
    time: 10,
    online: 8,
    fees: [CHANGE_FEE, CERTIFICATE_FEE],
    docs: [
      doc('DBD', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu', 1, 0),
      doc(
        'HDCN',
        'Hợp đồng, văn bản về chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn đã được công chứng hoặc chứng thực',
        1,
        0,
      ),
      CERTIFICATE,
      doc('TKTHUE', 'Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân theo mẫu', 1, 0),
    ],
    onlineLevel: 'partial',
    result: `${CERTIFICATE_RESULT} (cấp mới hoặc xác nhận thay đổi trên Giấy chứng nhận đã cấp)`,
  }),
  land({
    code: '1.012783',
    name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    nameEn: 'Replacement of a land use right certificate',
    time: 7,
    fees: [CERTIFICATE_FEE],
    docs: [doc('DCD', 'Đơn đề nghị cấp đổi Giấy chứng nhận theo mẫu', 1, 0), CERTIFICATE],
    onlineLevel: 'partial',
    result: CERTIFICATE_RESULT,
  }),
  landFromCommune({
    code: '1.012786',
    name: 'Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất',
    time: 10,
    fees: [CERTIFICATE_FEE],
    docs: [
      doc('DCL', 'Đơn đề nghị cấp lại Giấy chứng nhận theo mẫu', 1, 0),
      optionalDoc('XNTT', 'Giấy tờ xác nhận việc mất Giấy chứng nhận do thiên tai, hỏa hoạn (nếu có)', 0, 1),
    ],
    onlineLevel: 'partial',
    result: CERTIFICATE_RESULT,
  }),
  land({
    code: '1.012784',
    name: 'Tách thửa hoặc hợp thửa đất',
    nameEn: 'Subdividing or merging land parcels',
    time: 15,
    fees: [CERTIFICATE_FEE],
    docs: [
      doc('DTT', 'Đơn đề nghị tách thửa đất, hợp thửa đất theo mẫu', 1, 0),
      doc('BVTT', 'Bản vẽ tách thửa đất, hợp thửa đất do đơn vị đo đạc lập', 1, 0),
      CERTIFICATE,
    ],
    onlineLevel: 'partial',
    result: CERTIFICATE_RESULT,
  }),
  land({
    code: '1.012790',
    name: 'Đính chính Giấy chứng nhận đã cấp',
    time: 5,
    docs: [doc('DDC', 'Đơn đề nghị đính chính Giấy chứng nhận đã cấp', 1, 0), CERTIFICATE],
    onlineLevel: 'partial',
    result: 'Giấy chứng nhận đã được đính chính',
  }),
  land({
    code: '1.012741',
    name: 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân',
    nameEn: 'Permission to change the use of land (households and individuals)',
    time: 15,
    docs: [doc('DXCMD', 'Đơn xin chuyển mục đích sử dụng đất theo mẫu', 1, 0), CERTIFICATE],
    onlineLevel: 'partial',
    result: 'Quyết định cho phép chuyển mục đích sử dụng đất của UBND huyện',
    basis: [...BASIS, LAW.nd103_2024],
    flow: districtFlow(DEPT.environment),
  }),
  land({
    code: '1.012743',
    name: 'Giao đất, cho thuê đất không đấu giá quyền sử dụng đất đối với hộ gia đình, cá nhân',
    time: 20,
    docs: [
      doc('DXGD', 'Đơn xin giao đất, cho thuê đất theo mẫu', 1, 0),
      doc('TLBD', 'Trích lục bản đồ địa chính hoặc trích đo bản đồ địa chính thửa đất', 1, 0),
    ],
    onlineLevel: 'none',
    result: 'Quyết định giao đất, cho thuê đất của UBND huyện',
    basis: [...BASIS, LAW.nd103_2024],
    flow: districtFlow(DEPT.environment),
  }),
  landFromCommune({
    code: '1.012762',
    name: 'Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết hạn sử dụng đất',
    time: 5,
    docs: [doc('DXN', 'Đơn đề nghị xác nhận tiếp tục sử dụng đất nông nghiệp theo mẫu', 1, 0), CERTIFICATE],
    onlineLevel: 'partial',
    result: 'Giấy chứng nhận được xác nhận thời hạn sử dụng đất',
  }),
  land({
    code: '1.011441',
    name: 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
    nameEn: 'Registration of a mortgage over land use rights',
    time: 0,
    fees: [fee('Lệ phí đăng ký biện pháp bảo đảm (mức do HĐND tỉnh quy định)', 80_000)],
    docs: [
      doc('PYC', 'Phiếu yêu cầu đăng ký biện pháp bảo đảm theo mẫu', 1, 0),
      doc('HDBD', 'Hợp đồng bảo đảm hoặc hợp đồng bảo đảm có công chứng, chứng thực', 0, 1),
      CERTIFICATE,
    ],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy chứng nhận được chứng nhận nội dung đăng ký biện pháp bảo đảm',
    basis: [LAW.nd99_2022, ...BASIS],
  }),
  land({
    code: '1.011443',
    name: 'Xóa đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
    time: 0,
    fees: [fee('Miễn lệ phí xóa đăng ký biện pháp bảo đảm', 0)],
    docs: [doc('PYC', 'Phiếu yêu cầu xóa đăng ký biện pháp bảo đảm theo mẫu', 1, 0), CERTIFICATE],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy chứng nhận được chứng nhận nội dung xóa đăng ký biện pháp bảo đảm',
    basis: [LAW.nd99_2022, ...BASIS],
  }),
  land({
    code: '1.012789',
    name: 'Cung cấp thông tin, dữ liệu đất đai',
    time: 3,
    fees: [fee('Phí khai thác và sử dụng tài liệu đất đai (mức do HĐND tỉnh quy định)', 50_000)],
    docs: [doc('PYC', 'Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai theo mẫu', 1, 0)],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Thông tin, dữ liệu đất đai theo yêu cầu',
  }),
  land({
    code: '1.012812',
    name: 'Hòa giải tranh chấp đất đai',
    nameEn: 'Mediation of a land dispute',
    level: 'commune',
    time: 30,
    unit: 'calendar_days',
    docs: [
      doc('DYCHG', 'Đơn yêu cầu hòa giải tranh chấp đất đai', 1, 0),
      optionalDoc('TLNG', 'Giấy tờ, tài liệu về nguồn gốc, quá trình sử dụng đất (nếu có)', 0, 1),
    ],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Biên bản hòa giải thành hoặc hòa giải không thành',
    flow: [
      { name: 'Tiếp nhận đơn', role: 'reception', department: COMMUNE_DESK, weight: 1 },
      {
        name: 'Thẩm tra, xác minh nguồn gốc, quá trình sử dụng đất',
        role: 'specialist',
        department: OFFICER.land,
        weight: 8,
      },
      {
        name: 'Tổ chức cuộc họp hòa giải',
        role: 'leader',
        department: 'Hội đồng hòa giải tranh chấp đất đai cấp xã',
        weight: 4,
      },
      { name: 'Lập biên bản, gửi các bên', role: 'specialist', department: OFFICER.land, weight: 2 },
      { name: 'Ký biên bản, trả kết quả', role: 'leader', department: COMMUNE_LEADER, weight: 1 },
    ],
  }),
  procedure({
    code: '1.012405',
    name: 'Đăng ký khai thác nước dưới đất',
    nameEn: 'Registration of groundwater extraction',
    field: FIELD.environment,
    level: 'commune',
    time: 10,
    docs: [doc('TKKTN', 'Tờ khai đăng ký khai thác nước dưới đất theo mẫu', 2, 0)],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Tờ khai đăng ký khai thác nước dưới đất có xác nhận của UBND xã',
    basis: [LAW.water, LAW.nd54_2024],
    flow: communeFlow(OFFICER.land),
  }),
  procedure({
    code: '1.010727',
    name: 'Đăng ký môi trường',
    field: FIELD.environment,
    level: 'commune',
    time: 5,
    docs: [doc('VBDKMT', 'Văn bản đăng ký môi trường theo mẫu', 1, 0)],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Văn bản tiếp nhận đăng ký môi trường của UBND xã',
    basis: [LAW.environment, LAW.nd08_2022],
    flow: communeFlow(OFFICER.land),
  }),
  procedure({
    code: '1.010733',
    name: 'Cấp giấy phép môi trường (cấp huyện)',
    field: FIELD.environment,
    level: 'district',
    time: 15,
    docs: [
      doc('VBDN', 'Văn bản đề nghị cấp giấy phép môi trường theo mẫu', 1, 0),
      doc('BCDX', 'Báo cáo đề xuất cấp giấy phép môi trường theo mẫu', 1, 0),
      optionalDoc('BCKT', 'Bản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án', 0, 1),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation', 'citizen'],
    result: 'Giấy phép môi trường',
    basis: [LAW.environment, LAW.nd08_2022],
    flow: districtFlow(DEPT.environment),
  }),
];
