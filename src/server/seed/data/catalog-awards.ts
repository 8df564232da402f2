// Emulation and commendation (Law on Emulation and Commendation 2022, Decree 98/2023): certificates
// of merit from the District and Commune Chairmen. The district's Internal Affairs Office serves
// the district council for emulation and commendation. Codes are illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  communeFlow,
  DEPT,
  districtFlow,
  doc,
  OFFICER,
  optionalDoc,
  procedure,
  type SpecWithDefaults,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

type AwardSpec = SpecWithDefaults<
  'field' | 'basis' | 'flow' | 'level' | 'onlineLevel' | 'applicants' | 'docs'
>;

const PROPOSAL = doc('TT', 'Tờ trình đề nghị khen thưởng', 1, 0);
const ACHIEVEMENTS = doc('BCTT', 'Báo cáo thành tích của tập thể, cá nhân được đề nghị khen thưởng', 1, 0);
const COUNCIL_MINUTES = doc(
  'BBH',
  'Biên bản họp xét khen thưởng của Hội đồng thi đua – khen thưởng cấp trình',
  1,
  0,
);

const award = (level: 'district' | 'commune') => (spec: AwardSpec) =>
  procedure({
    field: FIELD.awards,
    level,
    basis: [LAW.awards, LAW.nd98_2023],
    flow: level === 'district' ? districtFlow(DEPT.interior) : communeFlow(OFFICER.office),
    onlineLevel: 'partial',
    applicants: ['organisation'],
    docs: [PROPOSAL, ACHIEVEMENTS, COUNCIL_MINUTES],
    ...spec,
  });
const atDistrict = award('district');
const atCommune = award('commune');

const SUDDEN_DOCS = [PROPOSAL, doc('BCTT', 'Báo cáo tóm tắt thành tích đột xuất', 1, 0)];
const FAMILY_DOCS = [PROPOSAL, doc('BCTT', 'Báo cáo tóm tắt về đóng góp của gia đình', 1, 0)];

export const awardProcedures = [
  atDistrict({
    code: '2.000346',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện về thành tích thực hiện nhiệm vụ chính trị',
    nameEn: 'Certificate of merit from the District Chairman for performance',
    time: 20,
    result: 'Quyết định khen thưởng và Giấy khen của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '2.000364',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện về thành tích thi đua theo đợt hoặc chuyên đề',
    time: 15,
    result: 'Quyết định khen thưởng và Giấy khen của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '2.000374',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện về thành tích đột xuất',
    time: 10,
    docs: SUDDEN_DOCS,
    result: 'Quyết định khen thưởng và Giấy khen của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '2.000385',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện cho gia đình',
    time: 15,
    docs: FAMILY_DOCS,
    applicants: ['citizen', 'organisation'],
    result: 'Quyết định khen thưởng và Giấy khen của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.000748',
    name: 'Thủ tục tặng danh hiệu Chiến sĩ thi đua cơ sở',
    time: 20,
    docs: [
      PROPOSAL,
      ACHIEVEMENTS,
      COUNCIL_MINUTES,
      optionalDoc('SK', 'Bản sao văn bản công nhận sáng kiến hoặc đề tài khoa học (nếu có)', 0, 1),
    ],
    result: 'Quyết định tặng danh hiệu Chiến sĩ thi đua cơ sở của Chủ tịch UBND huyện',
  }),
  atDistrict({
    code: '1.000775',
    name: 'Thủ tục tặng danh hiệu Tập thể lao động tiên tiến',
    time: 20,
    result: 'Quyết định tặng danh hiệu Tập thể lao động tiên tiến của Chủ tịch UBND huyện',
  }),
  atCommune({
    code: '2.000305',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích thực hiện nhiệm vụ chính trị',
    time: 15,
    result: 'Quyết định khen thưởng và Giấy khen của Chủ tịch UBND xã',
  }),
  atCommune({
    code: '2.000337',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích đột xuất',
    time: 10,
    docs: SUDDEN_DOCS,
    result: 'Quyết định khen thưởng và Giấy khen của Chủ tịch UBND xã',
  }),
  atCommune({
    code: '2.000316',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình',
    time: 15,
    docs: FAMILY_DOCS,
    applicants: ['citizen', 'organisation'],
    result: 'Quyết định khen thưởng và Giấy khen của Chủ tịch UBND xã',
  }),
];
