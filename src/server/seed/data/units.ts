// Demo administrative units. `demoUnits` is Phú Thọ as it stood before 1 July 2025: province →
// district → commune, with Tân Sơn district (all 17 commune-level units) and part of its neighbour
// Thanh Sơn. `twoLevelUnits` is a province after the 2025 reform, communes directly under it, so
// tests can prove that nothing assumes three levels.
//
// Codes follow the shape of agency electronic identifiers (mã định danh điện tử của cơ quan,
// Decision 20/2020/QĐ-TTg): `000.CC.DD.H45`, H45 for Phú Thọ, DD the district, CC the commune.
// The exact numbers are ILLUSTRATIVE, not the official ones.
import type { SeedUnit } from '../../../domain/catalog/schema.ts';

const PROVINCE = 'tỉnh Phú Thọ';

export const UNIT = {
  province: '000.00.00.H45',
  thanhSon: '000.00.23.H45',
  tanSon: '000.00.24.H45',
  // Tân Sơn district
  tanPhu: '000.01.24.H45',
  thachKiet: '000.02.24.H45',
  thuCuc: '000.03.24.H45',
  kietSon: '000.04.24.H45',
  laiDong: '000.05.24.H45',
  dongSon: '000.06.24.H45',
  xaTanSon: '000.07.24.H45',
  myThuan: '000.08.24.H45',
  thuNgac: '000.09.24.H45',
  vanLuong: '000.10.24.H45',
  minhDai: '000.11.24.H45',
  longCoc: '000.12.24.H45',
  xuanDai: '000.13.24.H45',
  kimThuong: '000.14.24.H45',
  xuanSon: '000.15.24.H45',
  tamThanh: '000.16.24.H45',
  vinhTien: '000.17.24.H45',
  // Thanh Sơn district
  ttThanhSon: '000.01.23.H45',
  voMieu: '000.02.23.H45',
  dichQua: '000.03.23.H45',
} as const;

/** Townships (thị trấn) are commune-level units; only they have residential groups (tổ dân phố). */
export const TOWNSHIP_CODES = [UNIT.tanPhu, UNIT.ttThanhSon];

const commune = (
  code: string,
  kind: 'xã' | 'thị trấn',
  name: string,
  district: string,
  parentCode: string,
) => ({
  code,
  name: `UBND ${kind} ${name}`,
  level: 'commune',
  parentCode,
  address: `${kind} ${name}, huyện ${district}, ${PROVINCE}`,
});

const tanSonCommune = (code: string, name: string): SeedUnit =>
  commune(code, 'xã', name, 'Tân Sơn', UNIT.tanSon);

export const demoUnits: SeedUnit[] = [
  {
    code: UNIT.province,
    name: 'UBND tỉnh Phú Thọ',
    level: 'province',
    parentCode: null,
    address: `thành phố Việt Trì, ${PROVINCE}`,
  },
  {
    code: UNIT.tanSon,
    name: 'UBND huyện Tân Sơn',
    level: 'district',
    parentCode: UNIT.province,
    address: `thị trấn Tân Phú, huyện Tân Sơn, ${PROVINCE}`,
  },
  // The district seat: xã Tân Phú became the township of Tân Phú shortly before the reform.
  commune(UNIT.tanPhu, 'thị trấn', 'Tân Phú', 'Tân Sơn', UNIT.tanSon),
  tanSonCommune(UNIT.thachKiet, 'Thạch Kiệt'),
  tanSonCommune(UNIT.thuCuc, 'Thu Cúc'),
  tanSonCommune(UNIT.kietSon, 'Kiệt Sơn'),
  tanSonCommune(UNIT.laiDong, 'Lai Đồng'),
  tanSonCommune(UNIT.dongSon, 'Đồng Sơn'),
  tanSonCommune(UNIT.xaTanSon, 'Tân Sơn'),
  tanSonCommune(UNIT.myThuan, 'Mỹ Thuận'),
  tanSonCommune(UNIT.thuNgac, 'Thu Ngạc'),
  tanSonCommune(UNIT.vanLuong, 'Văn Luông'),
  tanSonCommune(UNIT.minhDai, 'Minh Đài'),
  tanSonCommune(UNIT.longCoc, 'Long Cốc'),
  tanSonCommune(UNIT.xuanDai, 'Xuân Đài'),
  tanSonCommune(UNIT.kimThuong, 'Kim Thượng'),
  tanSonCommune(UNIT.xuanSon, 'Xuân Sơn'),
  tanSonCommune(UNIT.tamThanh, 'Tam Thanh'),
  tanSonCommune(UNIT.vinhTien, 'Vinh Tiền'),
  // A sibling district, so that permission tests have a unit outside Tân Sơn's subtree.
  {
    code: UNIT.thanhSon,
    name: 'UBND huyện Thanh Sơn',
    level: 'district',
    parentCode: UNIT.province,
    address: `thị trấn Thanh Sơn, huyện Thanh Sơn, ${PROVINCE}`,
  },
  commune(UNIT.ttThanhSon, 'thị trấn', 'Thanh Sơn', 'Thanh Sơn', UNIT.thanhSon),
  commune(UNIT.voMieu, 'xã', 'Võ Miếu', 'Thanh Sơn', UNIT.thanhSon),
  commune(UNIT.dichQua, 'xã', 'Địch Quả', 'Thanh Sơn', UNIT.thanhSon),
];

// After 1 July 2025 (two levels). The letter P instead of H keeps these codes apart from the
// pre-reform tree when both are loaded; the names follow the communes formed in the old Tân Sơn.
export const TWO_LEVEL_UNIT = {
  province: '000.00.00.P45',
  tanSon: '000.00.01.P45',
  thuCuc: '000.00.02.P45',
  laiDong: '000.00.03.P45',
  minhDai: '000.00.04.P45',
  xuanDai: '000.00.05.P45',
} as const;

const newCommune = (code: string, name: string): SeedUnit => ({
  code,
  name: `UBND xã ${name}`,
  level: 'commune',
  parentCode: TWO_LEVEL_UNIT.province,
  address: `xã ${name}, ${PROVINCE}`,
});

export const twoLevelUnits: SeedUnit[] = [
  {
    code: TWO_LEVEL_UNIT.province,
    name: 'UBND tỉnh Phú Thọ (mới)',
    level: 'province',
    parentCode: null,
    address: `phường Việt Trì, ${PROVINCE}`,
  },
  newCommune(TWO_LEVEL_UNIT.tanSon, 'Tân Sơn'),
  newCommune(TWO_LEVEL_UNIT.thuCuc, 'Thu Cúc'),
  newCommune(TWO_LEVEL_UNIT.laiDong, 'Lai Đồng'),
  newCommune(TWO_LEVEL_UNIT.minhDai, 'Minh Đài'),
  newCommune(TWO_LEVEL_UNIT.xuanDai, 'Xuân Đài'),
];
