// Certification (chứng thực) at the commune and at the district's Justice Office. Copies and
// signatures are done the same day (Decree 23/2015, Art. 21, 33: received after 15:00, returned
// the next working day); contracts within two working days (Art. 37). Fees: Circular 226/2016.
// Codes 2.000815, 2.000884, 2.000942, 2.001008, 2.000992, 2.001016, 2.001019 are real; the rest
// are illustrative.
import { FIELD } from './catalog-fields.ts';
import {
  communeFlow,
  DEPT,
  departmentFlow,
  doc,
  fee,
  ID_SHOWN,
  OFFICER,
  optionalDoc,
  procedure,
  type ShortSpec,
} from './catalog-helpers.ts';
import { LAW } from './catalog-law.ts';

const BASIS = [LAW.nd23_2015, LAW.tt01_2020, LAW.tt226_2016];

const atCommune = (spec: ShortSpec) =>
  procedure({
    field: FIELD.certification,
    level: 'commune',
    basis: BASIS,
    flow: communeFlow(OFFICER.justice),
    ...spec,
  });
const atDistrict = (spec: ShortSpec) =>
  procedure({
    field: FIELD.certification,
    level: 'district',
    basis: BASIS,
    flow: departmentFlow(DEPT.justice),
    ...spec,
  });

const COPY_FEE = fee(
  'Phí chứng thực bản sao từ bản chính: 2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
  2_000,
);
const SIGNATURE_FEE = fee('Phí chứng thực chữ ký: 10.000 đồng/trường hợp', 10_000);
const CONTRACT_FEE = fee('Phí chứng thực hợp đồng, giao dịch: 50.000 đồng/hợp đồng, giao dịch', 50_000);
const CONTRACT_COPY_FEE = fee(
  'Phí cấp bản sao có chứng thực: 2.000 đồng/trang, tối đa 200.000 đồng/bản',
  2_000,
);

const ORIGINAL = doc('BCHINH', 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 1, 0);
const PREPARED_COPY = optionalDoc(
  'BSAO',
  'Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị)',
  0,
  1,
);
const SIGNED_PAPER = doc('VBKY', 'Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký', 1, 0);
const PARTIES_ID = doc('GTTT-BEN', 'Bản sao giấy tờ tùy thân của người yêu cầu chứng thực', 0, 1, {
  note: 'Kèm bản chính để đối chiếu',
});
const PROPERTY_PAPERS = doc(
  'GCN-TS',
  'Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở hoặc giấy tờ chứng minh quyền sở hữu, sử dụng tài sản',
  0,
  1,
  { note: 'Kèm bản chính để đối chiếu' },
);
const DEATH_PROOF = doc(
  'GCT',
  'Bản sao Trích lục khai tử hoặc giấy tờ chứng minh người để lại di sản đã chết',
  0,
  1,
);
const KINSHIP = doc(
  'QHTK',
  'Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản (theo pháp luật)',
  0,
  1,
);
const CONTRACT_DRAFT = doc('DTHD', 'Dự thảo hợp đồng, giao dịch', 1, 0);
const CERTIFIED_CONTRACT = doc('HDCT', 'Hợp đồng, giao dịch đã được chứng thực', 1, 0);

export const certificationProcedures = [
  atCommune({
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    nameEn: 'Certified copy from an original document issued in Viet Nam',
    time: 0,
    fees: [COPY_FEE],
    docs: [ORIGINAL, PREPARED_COPY],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Bản sao được chứng thực từ bản chính',
  }),
  atCommune({
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    nameEn: 'Certification of a signature',
    time: 0,
    fees: [SIGNATURE_FEE],
    docs: [SIGNED_PAPER, ID_SHOWN],
    onlineLevel: 'none',
    result: 'Giấy tờ, văn bản đã được chứng thực chữ ký',
  }),
  atCommune({
    code: '2.001035',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    nameEn: 'Certification of a contract concerning movable property, land use rights or housing',
    time: 2,
    fees: [CONTRACT_FEE],
    docs: [CONTRACT_DRAFT, PARTIES_ID, PROPERTY_PAPERS],
    onlineLevel: 'none',
    result: 'Hợp đồng, giao dịch được chứng thực',
  }),
  atCommune({
    code: '2.001019',
    name: 'Chứng thực di chúc',
    time: 2,
    fees: [fee('Phí chứng thực di chúc: 50.000 đồng/di chúc', 50_000)],
    docs: [
      doc('DTDC', 'Dự thảo di chúc', 1, 0),
      PARTIES_ID,
      optionalDoc('GCN-TS', 'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (nếu có)', 0, 1),
    ],
    onlineLevel: 'none',
    result: 'Di chúc được chứng thực',
  }),
  atCommune({
    code: '2.001016',
    name: 'Chứng thực văn bản từ chối nhận di sản',
    time: 2,
    fees: [fee('Phí chứng thực văn bản từ chối nhận di sản: 25.000 đồng/văn bản', 25_000)],
    docs: [doc('DTTC', 'Dự thảo văn bản từ chối nhận di sản', 1, 0), PARTIES_ID, DEATH_PROOF],
    onlineLevel: 'none',
    result: 'Văn bản từ chối nhận di sản được chứng thực',
  }),
  atCommune({
    code: '2.001050',
    name: 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    time: 2,
    fees: [CONTRACT_FEE],
    docs: [
      doc('DTPC', 'Dự thảo văn bản thỏa thuận phân chia di sản', 1, 0),
      PARTIES_ID,
      DEATH_PROOF,
      PROPERTY_PAPERS,
      KINSHIP,
    ],
    onlineLevel: 'none',
    result: 'Văn bản thỏa thuận phân chia di sản được chứng thực',
  }),
  atCommune({
    code: '2.001052',
    name: 'Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    time: 2,
    fees: [CONTRACT_FEE],
    docs: [
      doc('DTKN', 'Dự thảo văn bản khai nhận di sản', 1, 0),
      PARTIES_ID,
      DEATH_PROOF,
      PROPERTY_PAPERS,
      KINSHIP,
    ],
    onlineLevel: 'none',
    result: 'Văn bản khai nhận di sản được chứng thực',
  }),
  atCommune({
    code: '2.001044',
    name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
    time: 2,
    fees: [fee('Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch: 30.000 đồng', 30_000)],
    docs: [
      doc('DTSD', 'Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 1, 0),
      CERTIFIED_CONTRACT,
    ],
    onlineLevel: 'none',
    result: 'Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực',
  }),
  atCommune({
    code: '2.001046',
    name: 'Sửa lỗi sai sót trong hợp đồng, giao dịch',
    time: 0,
    fees: [fee('Phí sửa lỗi sai sót trong hợp đồng, giao dịch đã được chứng thực: 25.000 đồng', 25_000)],
    docs: [CERTIFIED_CONTRACT],
    onlineLevel: 'none',
    result: 'Hợp đồng, giao dịch đã được sửa lỗi sai sót',
  }),
  atCommune({
    code: '2.000942',
    name: 'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
    time: 0,
    fees: [CONTRACT_COPY_FEE],
    docs: [doc('VBYC', 'Văn bản yêu cầu cấp bản sao có chứng thực hợp đồng, giao dịch', 1, 0), ID_SHOWN],
    onlineLevel: 'full',
    result: 'Bản sao có chứng thực hợp đồng, giao dịch',
  }),
  atDistrict({
    code: '2.000908',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    nameEn: 'Certified copy from an original document issued abroad',
    time: 0,
    fees: [COPY_FEE],
    docs: [ORIGINAL, PREPARED_COPY],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Bản sao được chứng thực từ bản chính',
  }),
  atDistrict({
    code: '2.000843',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (cấp huyện)',
    time: 0,
    fees: [SIGNATURE_FEE],
    docs: [SIGNED_PAPER, ID_SHOWN],
    onlineLevel: 'none',
    result: 'Giấy tờ, văn bản đã được chứng thực chữ ký',
  }),
  atDistrict({
    code: '2.001008',
    name: 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
    time: 0,
    fees: [SIGNATURE_FEE],
    docs: [
      doc('BDICH', 'Bản dịch kèm giấy tờ, văn bản cần dịch', 1, 0),
      doc(
        'BCNN',
        'Bản sao bằng cử nhân ngoại ngữ trở lên hoặc bằng tốt nghiệp đại học ở nước ngoài của người dịch',
        0,
        1,
      ),
      ID_SHOWN,
    ],
    onlineLevel: 'none',
    result: 'Bản dịch đã được chứng thực chữ ký người dịch',
  }),
  atDistrict({
    code: '2.000992',
    name: 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp',
    time: 0,
    fees: [SIGNATURE_FEE],
    docs: [doc('BDICH', 'Bản dịch kèm giấy tờ, văn bản cần dịch', 1, 0)],
    onlineLevel: 'partial',
    result: 'Bản dịch đã được chứng thực chữ ký người dịch',
  }),
  atDistrict({
    code: '2.000927',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản (cấp huyện)',
    time: 2,
    fees: [CONTRACT_FEE],
    docs: [CONTRACT_DRAFT, PARTIES_ID, PROPERTY_PAPERS],
    onlineLevel: 'none',
    applicants: ['citizen', 'organisation'],
    result: 'Hợp đồng, giao dịch được chứng thực',
  }),
  atDistrict({
    code: '2.000913',
    name: 'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực (cấp huyện)',
    time: 4,
    unit: 'working_hours',
    fees: [CONTRACT_COPY_FEE],
    docs: [doc('VBYC', 'Văn bản yêu cầu cấp bản sao có chứng thực hợp đồng, giao dịch', 1, 0), ID_SHOWN],
    onlineLevel: 'full',
    result: 'Bản sao có chứng thực hợp đồng, giao dịch',
  }),
  atDistrict({
    code: '2.000889',
    name: 'Cấp bản sao từ sổ gốc',
    time: 0,
    docs: [doc('VBYC', 'Văn bản yêu cầu cấp bản sao từ sổ gốc', 1, 0), ID_SHOWN],
    onlineLevel: 'partial',
    applicants: ['citizen', 'organisation'],
    result: 'Bản sao từ sổ gốc',
  }),
];
