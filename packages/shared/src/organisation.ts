import { type Static, Type } from 'typebox';

/** The contract of the district's organisation: its departments. */

export const Department = Type.Object({
  id: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  kind: Type.String(),
});
export type Department = Static<typeof Department>;

export const DepartmentList = Type.Object({ departments: Type.Array(Department) });
