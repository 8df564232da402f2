// Agriculture, forestry and food safety. Tân Sơn is a forested mountain district (Xuân Sơn
// National Park), so forest allocation and forest product lists are everyday business; forest
// allocation is lodged at the commune and decided by the district (Decree 156/2018). Codes are
// illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  communeFlow,
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

const atCommune = (spec: ShortSpec) =>
  procedure({
    field: FIELD.agriculture,
    level: 'commune',
    basis: [LAW.forestry],
    flow: communeFlow(OFFICER.land),
    ...spec,
  });

const BUSINESS_REGISTRATION = doc(
  'DKKD',
  'Bản sao Giấy chứng nhận đăng ký hộ kinh doanh hoặc Giấy chứng nhận đăng ký doanh nghiệp',
  0,
  1,
);
const FOOD_SAFETY_FORM = doc(
  'DDN',
  'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu',
  1,
  0,
);

export const agricultureProcedures = [
  procedure({
    code: '1.003824',
    name: 'Giao rừng, cho thuê rừng cho hộ gia đình, cá nhân; giao rừng cho cộng đồng dân cư',
    nameEn: 'Allocation or lease of forest to households, individuals and communities',
    field: FIELD.agriculture,
    level: 'district',
    receivingLevel: 'commune',
    time: 30,
    docs: [
      doc('DDN', 'Đơn đề nghị giao rừng, thuê rừng theo mẫu', 1, 0),
      optionalDoc(
        'KHQL',
        'Kế hoạch quản lý, bảo vệ, phát triển và sử dụng rừng bền vững (đối với cộng đồng dân cư)',
        1,
        0,
      ),
    ],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Quyết định giao rừng, cho thuê rừng của UBND huyện',
    basis: [LAW.forestry, LAW.nd156_2018],
    flow: interLevelFlow(OFFICER.land, DEPT.agriculture),
  }),
  procedure({
    code: '1.003984',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản (cấp huyện)',
    field: FIELD.agriculture,
    level: 'district',
    time: 15,
    docs: [
      FOOD_SAFETY_FORM,
      doc(
        'BTM',
        'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ sản xuất, kinh doanh thực phẩm',
        1,
        0,
      ),
      BUSINESS_REGISTRATION,
    ],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    basis: [LAW.foodSafety, LAW.nd15_2018, LAW.tt38_2018],
    flow: departmentFlow(DEPT.agriculture),
  }),
  atCommune({
    code: '1.008127',
    name: 'Kê khai hoạt động chăn nuôi',
    nameEn: 'Declaring livestock farming',
    time: 1,
    docs: [doc('TKCN', 'Tờ khai kê khai hoạt động chăn nuôi theo mẫu', 1, 0)],
    onlineLevel: 'full',
    result: 'Tờ khai được xác nhận và cập nhật vào cơ sở dữ liệu chăn nuôi',
    basis: [LAW.livestock, LAW.nd13_2020, LAW.tt23_2019],
  }),
  atCommune({
    code: '1.008004',
    name: 'Đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa',
    nameEn: 'Converting rice land to other crops',
    time: 5,
    docs: [doc('BDK', 'Bản đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa theo mẫu', 1, 0)],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Văn bản chấp thuận chuyển đổi cơ cấu cây trồng của UBND xã',
    basis: [LAW.crops, LAW.nd94_2019],
  }),
  atCommune({
    code: '1.000055',
    name: 'Xác nhận bảng kê lâm sản',
    nameEn: 'Certifying a list of forest products',
    time: 3,
    docs: [
      doc('BKLS', 'Bảng kê lâm sản theo mẫu', 1, 0),
      doc('HSNG', 'Hồ sơ nguồn gốc lâm sản (tài liệu về khai thác, mua bán lâm sản)', 0, 1),
    ],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Bảng kê lâm sản có xác nhận của UBND xã',
    basis: [LAW.forestry, LAW.tt26_2022],
  }),
  procedure({
    code: '2.000655',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống (thuộc thẩm quyền cấp huyện)',
    nameEn: 'Food safety certificate for a catering business',
    field: FIELD.health,
    level: 'district',
    time: 20,
    fees: [
      fee(
        'Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống phục vụ dưới 200 suất ăn: 700.000 đồng/lần/cơ sở',
        700_000,
      ),
      fee(
        'Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống phục vụ từ 200 suất ăn trở lên: 1.000.000 đồng/lần/cơ sở',
        1_000_000,
      ),
    ],
    docs: [
      FOOD_SAFETY_FORM,
      doc(
        'BTM',
        'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm',
        1,
        0,
      ),
      doc(
        'XNKT',
        'Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp chế biến',
        0,
        1,
      ),
      doc('XNSK', 'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp chế biến thực phẩm', 0, 1),
      BUSINESS_REGISTRATION,
    ],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    basis: [LAW.foodSafety, LAW.nd155_2018, LAW.tt67_2021],
    flow: departmentFlow(DEPT.health),
  }),
  procedure({
    code: '2.000658',
    name: 'Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống (thuộc thẩm quyền cấp huyện)',
    field: FIELD.health,
    level: 'district',
    time: 5,
    docs: [
      doc(
        'DDN',
        'Đơn đề nghị cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, nêu rõ lý do',
        1,
        0,
      ),
    ],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp lại)',
    basis: [LAW.foodSafety, LAW.nd155_2018],
    flow: departmentFlow(DEPT.health),
  }),
];
