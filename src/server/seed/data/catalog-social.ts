// Labour, war invalids and social affairs. Monthly social allowances and funeral support are
// proposed by the commune and decided by the District Chairman (Decree 20/2021 Art. 8, 11):
// inter-level. Poverty and disability certifications are decided at the commune (Decision
// 24/2021/QĐ-TTg; Law on Persons with Disabilities Art. 15–17). Codes 1.001776, 1.001731,
// 1.011606, 1.011608, 1.001699, 1.001653 are real; the rest are illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  COMMUNE_DESK,
  COMMUNE_LEADER,
  communeFlow,
  DEPT,
  departmentFlow,
  districtFlow,
  doc,
  interLevelFlow,
  OFFICER,
  optionalDoc,
  procedure,
  type ShortSpec,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const ALLOWANCE_BASIS = [LAW.nd20_2021];
const POVERTY_BASIS = [LAW.nd07_2021, LAW.qd24_2021, LAW.tt07_2021];

const atCommune = (spec: ShortSpec) =>
  procedure({
    field: FIELD.labour,
    level: 'commune',
    basis: POVERTY_BASIS,
    flow: communeFlow(OFFICER.social),
    ...spec,
  });
const atDistrict = (spec: ShortSpec) =>
  procedure({
    field: FIELD.labour,
    level: 'district',
    basis: ALLOWANCE_BASIS,
    flow: districtFlow(DEPT.labour),
    ...spec,
  });
const fromCommune = (spec: ShortSpec) =>
  atDistrict({ receivingLevel: 'commune', flow: interLevelFlow(OFFICER.social, DEPT.labour), ...spec });

export const socialProcedures = [
  fromCommune({
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng đối với đối tượng bảo trợ xã hội',
    nameEn: 'Monthly social allowance for social protection beneficiaries',
    time: 22,
    docs: [
      doc(
        'TK',
        'Tờ khai đề nghị trợ giúp xã hội theo mẫu ban hành kèm theo Nghị định số 20/2021/NĐ-CP',
        1,
        0,
      ),
      optionalDoc('GXNKT', 'Bản sao Giấy xác nhận khuyết tật (đối với người khuyết tật)', 0, 1),
      optionalDoc(
        'GKS',
        'Bản sao Giấy khai sinh của trẻ em (đối với trẻ em, người đơn thân nghèo nuôi con)',
        0,
        1,
      ),
    ],
    onlineLevel: 'partial',
    result: 'Quyết định trợ cấp xã hội hàng tháng của Chủ tịch UBND huyện',
  }),
  fromCommune({
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    nameEn: 'Funeral cost support for social protection beneficiaries',
    time: 6,
    docs: [
      doc('TK', 'Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu', 1, 0),
      doc('TLKT', 'Bản sao Trích lục khai tử hoặc Giấy báo tử', 0, 1),
      optionalDoc('QDTC', 'Bản sao quyết định hưởng trợ cấp xã hội của người đã chết (nếu có)', 0, 1),
    ],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Quyết định hỗ trợ chi phí mai táng của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '2.000282',
    name: 'Quyết định trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú giữa các huyện, thị xã, thành phố trong và ngoài tỉnh',
    time: 10,
    docs: [
      doc('VBDN', 'Văn bản đề nghị chuyển nơi hưởng trợ cấp xã hội hàng tháng', 1, 0),
      doc('HSTC', 'Bản sao hồ sơ hưởng trợ cấp xã hội tại nơi cư trú cũ', 0, 1),
    ],
    onlineLevel: 'partial',
    result: 'Quyết định trợ cấp xã hội hàng tháng tại nơi cư trú mới',
  }),
  atDistrict({
    code: '1.001758',
    name: 'Đăng ký hoạt động đối với cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó khăn',
    time: 5,
    docs: [
      doc('TKDK', 'Tờ khai đăng ký hoạt động cơ sở trợ giúp xã hội theo mẫu', 1, 0),
      doc('QDTL', 'Bản sao văn bản thành lập hoặc giấy tờ chứng minh việc thành lập cơ sở', 0, 1),
      doc('DSNS', 'Danh sách người làm việc và đối tượng được chăm sóc tại cơ sở', 1, 0),
    ],
    onlineLevel: 'partial',
    applicants: ['organisation', 'citizen'],
    result: 'Giấy chứng nhận đăng ký hoạt động cơ sở trợ giúp xã hội',
    basis: [LAW.nd103_2017],
    flow: departmentFlow(DEPT.labour),
  }),
  atDistrict({
    code: '1.005134',
    name: 'Hỗ trợ người lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số đi làm việc ở nước ngoài theo hợp đồng',
    time: 10,
    docs: [
      doc('DDN', 'Đơn đề nghị hỗ trợ theo mẫu', 1, 0),
      doc('HDLD', 'Bản sao hợp đồng đưa người lao động đi làm việc ở nước ngoài theo hợp đồng', 0, 1),
      optionalDoc('GXNHN', 'Giấy xác nhận hộ nghèo, hộ cận nghèo của UBND xã (nếu có)', 1, 0),
    ],
    onlineLevel: 'partial',
    result: 'Quyết định hỗ trợ người lao động đi làm việc ở nước ngoài của Chủ tịch UBND huyện',
    basis: [LAW.overseasWorkers, LAW.nd61_2015],
  }),
  atCommune({
    code: '1.011606',
    name: 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm',
    nameEn: 'Recognising a newly poor or near-poor household',
    time: 7,
    docs: [doc('GDN', 'Giấy đề nghị xét duyệt bổ sung hộ nghèo, hộ cận nghèo theo mẫu', 1, 0)],
    onlineLevel: 'partial',
    result: 'Quyết định công nhận hộ nghèo, hộ cận nghèo và Giấy chứng nhận hộ nghèo, hộ cận nghèo',
  }),
  atCommune({
    code: '1.011608',
    name: 'Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm',
    time: 7,
    docs: [doc('GDN', 'Giấy đề nghị công nhận hộ thoát nghèo, hộ thoát cận nghèo theo mẫu', 1, 0)],
    onlineLevel: 'partial',
    result: 'Quyết định công nhận hộ thoát nghèo, hộ thoát cận nghèo',
  }),
  atCommune({
    code: '1.011609',
    name: 'Xác nhận hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
    nameEn: 'Certifying an average-income farming household',
    time: 7,
    docs: [
      doc(
        'GDN',
        'Giấy đề nghị xác nhận hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình theo mẫu',
        1,
        0,
      ),
    ],
    onlineLevel: 'full',
    result:
      'Quyết định công nhận hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
    basis: [LAW.nd07_2021, LAW.tt07_2021, LAW.nd146_2018],
  }),
  atCommune({
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    nameEn: 'Disability assessment and disability certificate',
    time: 30,
    unit: 'calendar_days',
    docs: [
      doc('DDN', 'Đơn đề nghị xác định, xác định lại mức độ khuyết tật theo mẫu', 1, 0),
      optionalDoc(
        'BA',
        'Bản sao bệnh án, giấy tờ khám, điều trị, phẫu thuật hoặc giấy tờ liên quan (nếu có)',
        0,
        1,
      ),
      optionalDoc('GDYK', 'Bản sao kết luận của Hội đồng Giám định y khoa (nếu có)', 0, 1),
    ],
    onlineLevel: 'partial',
    result: 'Giấy xác nhận khuyết tật',
    basis: [LAW.disability, LAW.tt01_2019],
    flow: [
      { name: 'Tiếp nhận hồ sơ', role: 'reception', department: COMMUNE_DESK, weight: 1 },
      {
        name: 'Triệu tập, tổ chức đánh giá mức độ khuyết tật',
        role: 'specialist',
        department: 'Hội đồng xác định mức độ khuyết tật cấp xã',
        weight: 10,
      },
      {
        name: 'Lập hồ sơ, dự thảo Giấy xác nhận khuyết tật',
        role: 'specialist',
        department: OFFICER.social,
        weight: 3,
      },
      { name: 'Ký Giấy xác nhận khuyết tật', role: 'leader', department: COMMUNE_LEADER, weight: 1 },
      { name: 'Trả kết quả', role: 'reception', department: COMMUNE_DESK, weight: 1 },
    ],
  }),
  atCommune({
    code: '1.001653',
    name: 'Đổi, cấp lại Giấy xác nhận khuyết tật',
    time: 5,
    docs: [
      doc('DDN', 'Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật theo mẫu', 1, 0),
      optionalDoc('GXNKT', 'Giấy xác nhận khuyết tật cũ (trường hợp bị hư hỏng)', 1, 0),
    ],
    onlineLevel: 'full',
    result: 'Giấy xác nhận khuyết tật (đổi hoặc cấp lại)',
    basis: [LAW.disability, LAW.tt01_2019],
  }),
  atCommune({
    code: '2.001947',
    name: 'Đăng ký nhận chăm sóc thay thế cho trẻ em đối với cá nhân, người đại diện gia đình nhận chăm sóc thay thế không phải là người thân thích của trẻ em',
    time: 15,
    docs: [
      doc('DDK', 'Đơn đăng ký nhận chăm sóc thay thế cho trẻ em theo mẫu', 1, 0),
      doc('LLTP', 'Phiếu lý lịch tư pháp của người đăng ký nhận chăm sóc thay thế', 1, 0),
      doc('GKSK', 'Giấy khám sức khỏe do cơ sở y tế có thẩm quyền cấp', 1, 0),
    ],
    onlineLevel: 'partial',
    result: 'Quyết định giao trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế',
    basis: [LAW.children, LAW.nd56_2017],
  }),
];
