// Fields (lĩnh vực) of the demo catalog: the groups a district and its communes publish their
// procedures under and report Biểu 06 by. Codes are short ASCII names chosen for the demo.
import type { CatalogField } from '../../../domain/catalog/schema.ts';

export const FIELD = {
  civilStatus: 'HOTICH',
  certification: 'CHUNGTHUC',
  justice: 'TUPHAP',
  land: 'DATDAI',
  environment: 'TNMT',
  construction: 'XAYDUNG',
  finance: 'TCKH',
  trade: 'CONGTHUONG',
  health: 'YTE',
  education: 'GDDT',
  culture: 'VHTT',
  labour: 'LDTBXH',
  interior: 'NOIVU',
  awards: 'TDKT',
  agriculture: 'NONGNGHIEP',
} as const;

export const demoFields: CatalogField[] = [
  { code: FIELD.civilStatus, name: 'Tư pháp – Hộ tịch', nameEn: 'Justice – Civil status' },
  { code: FIELD.certification, name: 'Tư pháp – Chứng thực', nameEn: 'Justice – Certification' },
  {
    code: FIELD.justice,
    name: 'Tư pháp – Hòa giải cơ sở, phổ biến giáo dục pháp luật',
    nameEn: 'Justice – Grassroots mediation and legal dissemination',
  },
  { code: FIELD.land, name: 'Đất đai', nameEn: 'Land administration' },
  { code: FIELD.environment, name: 'Tài nguyên và Môi trường', nameEn: 'Natural resources and environment' },
  { code: FIELD.construction, name: 'Xây dựng', nameEn: 'Construction' },
  {
    code: FIELD.finance,
    name: 'Tài chính – Kế hoạch',
    nameEn: 'Finance and planning (business households, cooperatives)',
  },
  { code: FIELD.trade, name: 'Công thương', nameEn: 'Industry and trade' },
  { code: FIELD.health, name: 'Y tế', nameEn: 'Health' },
  { code: FIELD.education, name: 'Giáo dục và Đào tạo', nameEn: 'Education and training' },
  { code: FIELD.culture, name: 'Văn hóa – Thông tin', nameEn: 'Culture and information' },
  {
    code: FIELD.labour,
    name: 'Lao động – Thương binh và Xã hội',
    nameEn: 'Labour, war invalids and social affairs',
  },
  { code: FIELD.interior, name: 'Nội vụ', nameEn: 'Internal affairs' },
  { code: FIELD.awards, name: 'Thi đua – Khen thưởng', nameEn: 'Emulation and commendation' },
  {
    code: FIELD.agriculture,
    name: 'Nông nghiệp và Phát triển nông thôn',
    nameEn: 'Agriculture and rural development',
  },
];
