// Business households and cooperatives (registered by the district Finance and Planning Office,
// Decree 01/2021 Ch. VIII and Decree 92/2024) and trade licences (Economy and Infrastructure
// Office). Business household registration may be lodged at the commune in Phú Thọ, so it is
// inter-level. Codes 1.001612, 2.000720, 1.001570, 1.001266, 2.000575 are real; the rest are
// illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  DEPT,
  departmentFlow,
  doc,
  fee,
  interLevelFlow,
  OFFICER,
  optionalDoc,
  procedure,
  type ShortSpec,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const HOUSEHOLD_BASIS = [LAW.enterprise, LAW.nd01_2021, LAW.tt01_2021, LAW.tt85_2019];
const COOPERATIVE_BASIS = [LAW.cooperative, LAW.nd92_2024, LAW.tt85_2019];
const TRADE_BASIS = [LAW.nd105_2017, LAW.tt168_2016];

const household = (spec: ShortSpec) =>
  procedure({
    field: FIELD.finance,
    level: 'district',
    basis: HOUSEHOLD_BASIS,
    flow: departmentFlow(DEPT.finance),
    ...spec,
  });
const cooperative = (spec: ShortSpec) =>
  household({ basis: COOPERATIVE_BASIS, applicants: ['organisation', 'citizen'], ...spec });
const trade = (spec: ShortSpec) =>
  procedure({
    field: FIELD.trade,
    level: 'district',
    basis: TRADE_BASIS,
    flow: departmentFlow(DEPT.infrastructure),
    applicants: ['citizen', 'organisation'],
    ...spec,
  });

const ONLINE_FREE = fee('Miễn lệ phí đối với hồ sơ nộp trực tuyến', 0);
const registrationFee = (what: string, amount: number) =>
  fee(`Lệ phí ${what} (mức do HĐND tỉnh quy định)`, amount);
const TRADE_FEE = fee(
  'Phí thẩm định điều kiện kinh doanh tại khu vực khác: 600.000 đồng/điểm kinh doanh/lần thẩm định',
  600_000,
);

const OWNER_IDS = doc(
  'GTPL',
  'Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh, thành viên hộ gia đình đăng ký hộ kinh doanh',
  0,
  1,
);
const HOUSEHOLD_CERTIFICATE = doc('GCNHKD', 'Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', 1, 0);
const BUSINESS_REGISTRATION = doc(
  'DKKD',
  'Bản sao Giấy chứng nhận đăng ký hộ kinh doanh hoặc Giấy chứng nhận đăng ký doanh nghiệp',
  0,
  1,
);

export const businessProcedures = [
  household({
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    nameEn: 'Registering a business household',
    receivingLevel: 'commune',
    time: 3,
    online: 2,
    fees: [registrationFee('đăng ký hộ kinh doanh', 100_000), ONLINE_FREE],
    docs: [
      doc('GDN', 'Giấy đề nghị đăng ký hộ kinh doanh theo mẫu', 1, 0),
      OWNER_IDS,
      optionalDoc(
        'BBH',
        'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (nếu có)',
        1,
        0,
      ),
      optionalDoc(
        'UQTV',
        'Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ (nếu có)',
        0,
        1,
      ),
    ],
    onlineLevel: 'full',
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    flow: interLevelFlow(OFFICER.finance, DEPT.finance, 'department'),
  }),
  household({
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    nameEn: 'Changing the registration of a business household',
    time: 3,
    fees: [registrationFee('đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 50_000), ONLINE_FREE],
    docs: [doc('TBTD', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu', 1, 0), OWNER_IDS],
    onlineLevel: 'full',
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh (cấp theo nội dung thay đổi)',
  }),
  household({
    code: '1.001570',
    name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    time: 3,
    docs: [
      doc(
        'TBTN',
        'Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn theo mẫu',
        1,
        0,
      ),
    ],
    onlineLevel: 'full',
    result: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh',
  }),
  household({
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    time: 3,
    docs: [
      doc('TBCD', 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh theo mẫu', 1, 0),
      doc('TBTHUE', 'Bản sao Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế', 0, 1),
      HOUSEHOLD_CERTIFICATE,
    ],
    onlineLevel: 'full',
    result: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh',
  }),
  household({
    code: '2.000575',
    name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
    time: 3,
    fees: [registrationFee('cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 50_000), ONLINE_FREE],
    docs: [doc('GDNCL', 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh theo mẫu', 1, 0)],
    onlineLevel: 'full',
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)',
  }),
  cooperative({
    code: '1.005380',
    name: 'Đăng ký thành lập hợp tác xã',
    nameEn: 'Registering a cooperative',
    time: 3,
    fees: [registrationFee('đăng ký hợp tác xã', 100_000)],
    docs: [
      doc('GDN', 'Giấy đề nghị đăng ký hợp tác xã theo mẫu', 1, 0),
      doc('DL', 'Điều lệ hợp tác xã', 1, 0),
      doc('PASX', 'Phương án sản xuất, kinh doanh', 1, 0),
      doc('DSTV', 'Danh sách thành viên hợp tác xã', 1, 0),
      doc('DSQL', 'Danh sách hội đồng quản trị, giám đốc, ban kiểm soát hoặc kiểm soát viên', 1, 0),
      doc('NQTL', 'Nghị quyết hội nghị thành lập hợp tác xã', 1, 0),
    ],
    onlineLevel: 'partial',
    result: 'Giấy chứng nhận đăng ký hợp tác xã',
  }),
  cooperative({
    code: '1.005381',
    name: 'Đăng ký thay đổi nội dung đăng ký hợp tác xã',
    time: 3,
    fees: [registrationFee('đăng ký thay đổi nội dung đăng ký hợp tác xã', 50_000)],
    docs: [
      doc('GDNTD', 'Giấy đề nghị đăng ký thay đổi nội dung đăng ký hợp tác xã theo mẫu', 1, 0),
      doc('NQDH', 'Nghị quyết của đại hội thành viên về việc thay đổi', 1, 0),
    ],
    onlineLevel: 'partial',
    result: 'Giấy chứng nhận đăng ký hợp tác xã (cấp theo nội dung thay đổi)',
  }),
  cooperative({
    code: '1.005384',
    name: 'Giải thể tự nguyện hợp tác xã',
    time: 5,
    docs: [
      doc('TBGT', 'Thông báo về việc giải thể tự nguyện kèm nghị quyết của đại hội thành viên', 1, 0),
      doc('GCNHTX', 'Bản gốc Giấy chứng nhận đăng ký hợp tác xã', 1, 0),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation'],
    result: 'Thông báo về việc giải thể hợp tác xã',
  }),
  cooperative({
    code: '1.005386',
    name: 'Cấp lại Giấy chứng nhận đăng ký hợp tác xã',
    time: 3,
    fees: [registrationFee('cấp lại Giấy chứng nhận đăng ký hợp tác xã', 50_000)],
    docs: [doc('GDNCL', 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hợp tác xã theo mẫu', 1, 0)],
    onlineLevel: 'full',
    applicants: ['organisation'],
    result: 'Giấy chứng nhận đăng ký hợp tác xã (cấp lại)',
  }),
  trade({
    code: '2.000181',
    name: 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá',
    time: 10,
    fees: [TRADE_FEE],
    docs: [
      doc('DDN', 'Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá theo mẫu', 1, 0),
      BUSINESS_REGISTRATION,
      doc('VBGT', 'Bản sao văn bản giới thiệu của doanh nghiệp bán buôn sản phẩm thuốc lá', 0, 1),
    ],
    onlineLevel: 'partial',
    result: 'Giấy phép bán lẻ sản phẩm thuốc lá',
    basis: [LAW.nd67_2013, LAW.tt168_2016],
  }),
  trade({
    code: '2.000167',
    name: 'Cấp sửa đổi, bổ sung Giấy phép bán lẻ sản phẩm thuốc lá',
    time: 10,
    fees: [TRADE_FEE],
    docs: [
      doc('DDN', 'Đơn đề nghị cấp sửa đổi, bổ sung Giấy phép bán lẻ sản phẩm thuốc lá theo mẫu', 1, 0),
      doc('GP', 'Bản sao Giấy phép bán lẻ sản phẩm thuốc lá đã được cấp', 0, 1),
    ],
    onlineLevel: 'full',
    result: 'Giấy phép bán lẻ sản phẩm thuốc lá (sửa đổi, bổ sung)',
    basis: [LAW.nd67_2013, LAW.tt168_2016],
  }),
  trade({
    code: '2.001240',
    name: 'Cấp Giấy phép bán lẻ rượu',
    nameEn: 'Retail licence for alcohol',
    time: 10,
    fees: [TRADE_FEE],
    docs: [
      doc('DDN', 'Đơn đề nghị cấp Giấy phép bán lẻ rượu theo mẫu', 1, 0),
      BUSINESS_REGISTRATION,
      doc('HDMB', 'Bản sao hợp đồng với thương nhân sản xuất, phân phối hoặc bán buôn rượu', 0, 1),
    ],
    onlineLevel: 'partial',
    result: 'Giấy phép bán lẻ rượu',
  }),
  trade({
    code: '2.001237',
    name: 'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
    time: 10,
    fees: [TRADE_FEE],
    docs: [
      doc('DDN', 'Đơn đề nghị cấp Giấy phép sản xuất rượu thủ công theo mẫu', 1, 0),
      BUSINESS_REGISTRATION,
      doc('CBSP', 'Bản sao Giấy tiếp nhận bản công bố hợp quy hoặc bản tự công bố sản phẩm rượu', 0, 1),
    ],
    onlineLevel: 'partial',
    result: 'Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
  }),
  trade({
    code: '2.000591',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh thực phẩm thuộc thẩm quyền quản lý của Bộ Công Thương (cấp huyện)',
    time: 20,
    fees: [
      fee(
        'Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm: 1.000.000 đồng/lần/cơ sở',
        1_000_000,
      ),
    ],
    docs: [
      doc('DDN', 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu', 1, 0),
      doc(
        'BTM',
        'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm',
        1,
        0,
      ),
      doc(
        'XNKT',
        'Giấy xác nhận kiến thức về an toàn thực phẩm của chủ cơ sở và người trực tiếp kinh doanh',
        0,
        1,
      ),
      BUSINESS_REGISTRATION,
    ],
    onlineLevel: 'partial',
    result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    basis: [LAW.foodSafety, LAW.nd15_2018, LAW.tt43_2018, LAW.tt67_2021],
  }),
];
