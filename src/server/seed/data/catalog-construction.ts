// Construction procedures decided at the district (Construction Law 2014 Art. 102–103, Decree
// 175/2024): the District People's Committee permits detached houses; its Economy and
// Infrastructure Office reviews. Codes 1.013225–1.013228 are real; the rest are illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  DEPT,
  departmentFlow,
  districtFlow,
  doc,
  fee,
  optionalDoc,
  procedure,
  type ShortSpec,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const BASIS = [LAW.construction, LAW.nd175_2024, LAW.tt85_2019];

const construction = (spec: ShortSpec) =>
  procedure({
    field: FIELD.construction,
    level: 'district',
    basis: BASIS,
    flow: districtFlow(DEPT.infrastructure),
    ...spec,
  });

const PERMIT_FEE = fee(
  'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ: 50.000 đồng/giấy phép (mức do HĐND tỉnh quy định)',
  50_000,
);
const RENEWAL_FEE = fee('Lệ phí gia hạn, cấp lại giấy phép xây dựng: 15.000 đồng/giấy phép', 15_000);

const LAND_RIGHT = doc(
  'GTQSD',
  'Bản sao giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai',
  0,
  1,
);
const DRAWINGS = doc(
  'BVTK',
  'Bản vẽ thiết kế xây dựng: mặt bằng, mặt cắt, mặt đứng chính, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật',
  2,
  0,
);
const DESIGNER = optionalDoc(
  'NLTK',
  'Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (nhà ở có tổng diện tích sàn từ 250 m² hoặc từ 03 tầng trở lên)',
  1,
  0,
);
const PERMIT = doc('GPXD', 'Bản chính giấy phép xây dựng đã được cấp', 1, 0);
const permitForm = (what: string) => doc('DDN', `Đơn đề nghị ${what} theo mẫu`, 1, 0);

export const constructionProcedures = [
  construction({
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    nameEn: 'Building permit for a detached house',
    time: 15,
    online: 12,
    fees: [PERMIT_FEE],
    docs: [permitForm('cấp giấy phép xây dựng'), LAND_RIGHT, DRAWINGS, DESIGNER],
    onlineLevel: 'partial',
    result: 'Giấy phép xây dựng',
  }),
  construction({
    code: '1.013229',
    name: 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ',
    nameEn: 'Permit to repair or renovate a detached house',
    time: 15,
    fees: [PERMIT_FEE],
    docs: [
      permitForm('cấp giấy phép sửa chữa, cải tạo'),
      LAND_RIGHT,
      doc('ANHHT', 'Ảnh chụp hiện trạng công trình đề nghị được sửa chữa, cải tạo', 1, 0),
      doc('BVSC', 'Bản vẽ thiết kế sửa chữa, cải tạo', 2, 0),
    ],
    onlineLevel: 'partial',
    result: 'Giấy phép sửa chữa, cải tạo công trình',
  }),
  construction({
    code: '1.013230',
    name: 'Cấp giấy phép di dời đối với nhà ở riêng lẻ',
    time: 15,
    fees: [PERMIT_FEE],
    docs: [
      permitForm('cấp giấy phép di dời công trình'),
      LAND_RIGHT,
      doc('PADD', 'Phương án di dời công trình do tổ chức, cá nhân đủ điều kiện năng lực lập', 1, 0),
      doc('BVHT', 'Bản vẽ hoàn công hoặc bản vẽ thiết kế mô tả thực trạng công trình được di dời', 1, 0),
    ],
    onlineLevel: 'none',
    result: 'Giấy phép di dời công trình',
  }),
  construction({
    code: '1.013226',
    name: 'Cấp điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ',
    time: 10,
    fees: [PERMIT_FEE],
    docs: [
      permitForm('điều chỉnh giấy phép xây dựng'),
      PERMIT,
      doc('BVDC', 'Bản vẽ thiết kế liên quan đến phần điều chỉnh', 2, 0),
    ],
    onlineLevel: 'partial',
    result: 'Giấy phép xây dựng điều chỉnh',
  }),
  construction({
    code: '1.013227',
    name: 'Gia hạn giấy phép xây dựng',
    nameEn: 'Extension of a building permit',
    time: 5,
    fees: [RENEWAL_FEE],
    docs: [permitForm('gia hạn giấy phép xây dựng'), PERMIT],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy phép xây dựng được gia hạn',
    flow: departmentFlow(DEPT.infrastructure),
  }),
  construction({
    code: '1.013228',
    name: 'Cấp lại giấy phép xây dựng',
    time: 5,
    fees: [RENEWAL_FEE],
    docs: [
      doc('DDN', 'Đơn đề nghị cấp lại giấy phép xây dựng, nêu rõ lý do', 1, 0),
      optionalDoc('GPXD', 'Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)', 1, 0),
    ],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Giấy phép xây dựng được cấp lại',
    flow: departmentFlow(DEPT.infrastructure),
  }),
  construction({
    code: '1.013231',
    name: 'Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ',
    time: 15,
    fees: [PERMIT_FEE],
    docs: [permitForm('cấp giấy phép xây dựng có thời hạn'), LAND_RIGHT, DRAWINGS],
    onlineLevel: 'partial',
    result: 'Giấy phép xây dựng có thời hạn',
  }),
  construction({
    code: '1.009972',
    name: 'Thẩm định Báo cáo kinh tế – kỹ thuật đầu tư xây dựng, điều chỉnh Báo cáo kinh tế – kỹ thuật đầu tư xây dựng (cấp huyện)',
    time: 20,
    docs: [
      doc('TTTD', 'Tờ trình thẩm định Báo cáo kinh tế – kỹ thuật theo mẫu', 1, 0),
      doc('BCKTKT', 'Báo cáo kinh tế – kỹ thuật đầu tư xây dựng và thiết kế bản vẽ thi công', 1, 0),
      doc('VBPL', 'Văn bản pháp lý liên quan: quyết định chủ trương đầu tư, kết quả khảo sát xây dựng', 0, 1),
      optionalDoc('NLTV', 'Hồ sơ năng lực của tổ chức tư vấn lập báo cáo, khảo sát, thiết kế', 0, 1),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation'],
    result: 'Thông báo kết quả thẩm định Báo cáo kinh tế – kỹ thuật đầu tư xây dựng',
    flow: departmentFlow(DEPT.infrastructure),
  }),
  construction({
    code: '1.008432',
    name: 'Cung cấp thông tin về quy hoạch xây dựng thuộc thẩm quyền của UBND cấp huyện',
    time: 10,
    docs: [doc('PYC', 'Phiếu yêu cầu cung cấp thông tin quy hoạch xây dựng, kèm sơ đồ vị trí khu đất', 1, 0)],
    onlineLevel: 'full',
    applicants: ['citizen', 'organisation'],
    result: 'Văn bản cung cấp thông tin về quy hoạch xây dựng',
    flow: departmentFlow(DEPT.infrastructure),
  }),
  construction({
    code: '1.008455',
    name: 'Thẩm định nhiệm vụ, điều chỉnh nhiệm vụ quy hoạch chi tiết của dự án đầu tư xây dựng công trình theo hình thức kinh doanh thuộc thẩm quyền phê duyệt của UBND cấp huyện',
    time: 15,
    docs: [
      doc('TTTD', 'Tờ trình đề nghị thẩm định nhiệm vụ quy hoạch chi tiết', 1, 0),
      doc('TMNV', 'Thuyết minh nội dung nhiệm vụ quy hoạch và các bản vẽ in màu thu nhỏ', 1, 0),
      doc('VBPL', 'Văn bản pháp lý liên quan đến dự án', 0, 1),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation'],
    result: 'Quyết định phê duyệt nhiệm vụ quy hoạch chi tiết của UBND huyện',
  }),
];
