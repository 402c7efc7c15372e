/**
 * Real road names of Chancheng (public facts, used only to make synthetic addresses read naturally),
 * grouped by the street (镇街) they mainly run through. A synthetic address pairs a road with a point
 * drawn inside a micro-grid, so road and point need not match: every such row is marked synthetic.
 */
// biome-ignore format: one street per line
const ROADS_BY_STREET: Record<string, readonly string[]> = {
  // 石湾镇街道
  '440604010': ['石湾公园路', '太平路', '和平路', '东风路', '跃进路', '绿景路', '季华路', '岭南大道', '澜石二路', '魁奇路', '惠景路', '江湾一路', '南风古灶路', '影荫路'],
  // 张槎街道
  '440604011': ['张槎路', '张槎一路', '张槎二路', '古新路', '海口路', '华宝南路', '大富南路', '季华五路', '季华六路', '佛山一环', '江湾三路', '轻工三路', '朝安北路'],
  // 祖庙街道
  '440604012': ['祖庙路', '升平路', '福贤路', '建新路', '人民路', '普君北路', '文华路', '汾江中路', '城门头路', '亲仁路', '松风路', '燎原路', '卫国路', '锦华路', '同济路', '朝安路', '佛山大道'],
  // 南庄镇
  '440604100': ['南庄大道', '禅港路', '湖涌路', '紫洞路', '吉利路', '罗南路', '南庄一路', '南庄二路', '季华西路', '禅西大道', '岗南路'],
};

const DISTRICT_WIDE = [
  '季华路',
  '汾江路',
  '岭南大道',
  '佛山大道',
  '绿景路',
  '文华路',
  '同济路',
  '朝安路',
  '魁奇路',
];

/** The road names to use for a street code; district-wide names for a street we have no list for. */
export const roadsOfStreet = (streetCode: string): readonly string[] =>
  ROADS_BY_STREET[streetCode] ?? DISTRICT_WIDE;
