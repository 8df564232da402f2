// Demo staff: one account for every role, at the province, at Tân Sơn district, at two of its
// communes and at a commune of the neighbouring district (for permission tests across siblings).
// Names are invented; all accounts share `demoPassword`.
import type { StaffRole } from '../../../domain/catalog/schema.ts';
import { UNIT } from './units.ts';

export interface DemoUser {
  username: string;
  fullName: string;
  role: StaffRole;
  unitCode: string;
}

export const demoPassword = 'motcua-demo-2026';

const user = (username: string, fullName: string, role: StaffRole, unitCode: string): DemoUser => ({
  username,
  fullName,
  role,
  unitCode,
});

export const demoUsers: DemoUser[] = [
  // UBND tỉnh Phú Thọ
  user('admin.phutho', 'Nguyễn Thanh Tùng', 'province-admin', UNIT.province),
  // UBND huyện Tân Sơn
  user('admin.tanson', 'Đinh Công Thành', 'unit-admin', UNIT.tanSon),
  user('lanhdao.tanson', 'Hà Văn Khởi', 'leader', UNIT.tanSon),
  user('chuyenvien.tanson', 'Trần Thị Thu Hà', 'specialist', UNIT.tanSon),
  user('chuyenvien.tnmt.tanson', 'Nguyễn Đức Long', 'specialist', UNIT.tanSon),
  user('chuyenvien.ldtbxh.tanson', 'Phùng Thị Hạnh', 'specialist', UNIT.tanSon),
  user('tiepnhan.tanson', 'Lê Thị Minh Phương', 'reception', UNIT.tanSon),
  // UBND xã Thạch Kiệt
  user('tiepnhan.thachkiet', 'Bùi Thị Hằng', 'reception', UNIT.thachKiet),
  user('chuyenvien.thachkiet', 'Đinh Văn Tuấn', 'specialist', UNIT.thachKiet),
  user('lanhdao.thachkiet', 'Hà Văn Sơn', 'leader', UNIT.thachKiet),
  // UBND xã Kim Thượng
  user('tiepnhan.kimthuong', 'Triệu Thị Mai', 'reception', UNIT.kimThuong),
  user('chuyenvien.kimthuong', 'Bàn Văn Tiến', 'specialist', UNIT.kimThuong),
  user('lanhdao.kimthuong', 'Đinh Xuân Hòa', 'leader', UNIT.kimThuong),
  // UBND xã Võ Miếu (huyện Thanh Sơn)
  user('tiepnhan.vomieu', 'Nguyễn Thị Lan Anh', 'reception', UNIT.voMieu),
];
