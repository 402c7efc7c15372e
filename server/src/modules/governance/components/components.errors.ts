import { defineErrors } from '../../../errors.ts';

/** The refusals of the component registry (部件). */
export const componentErrors = defineErrors('components', {
  bboxNotFourNumbers: {
    code: 'validation_failed',
    zh: '{field} 应为 "最小经度,最小纬度,最大经度,最大纬度" 四个数字',
    en: '{field} must be four numbers "minLng,minLat,maxLng,maxLat", got "{text}".',
  },
  bboxOutOfRange: {
    code: 'validation_failed',
    zh: '{field} 超出经纬度范围',
    en: '{field} must lie within longitudes -180..180 and latitudes -90..90.',
  },
  bboxCornersSwapped: {
    code: 'validation_failed',
    zh: '{field} 的最小值须小于最大值',
    en: '{field} must list the south-west corner first: minLng < maxLng and minLat < maxLat.',
  },
  bboxTooLarge: {
    code: 'validation_failed',
    zh: '{field} 范围大于全区，请放大地图或按网格查询',
    en: '{field} spans {width}° × {height}°, more than the district ({maxWidth}° × {maxHeight}°); zoom in or ask by grid.',
  },
  /** A malformed component id: component-id.ts says what is wrong with it, in both languages. */
  invalidId: { code: 'validation_failed', zh: '{zh}', en: '{en}' },
  noBoxOrGrid: {
    code: 'validation_failed',
    zh: '请给出地图范围 bbox 或网格 grid',
    en: 'Give a map box (bbox) or an area (grid) to list components in.',
    field: 'bbox',
  },
  unknownArea: {
    code: 'validation_failed',
    zh: '本区没有编码为 {grid} 的区域',
    en: 'No street, community, grid or micro-grid {grid} in the district.',
    field: 'grid',
  },
  notFound: { code: 'not_found', zh: '未找到该记录', en: 'Component {id} not found', field: 'id' },
  notReadBack: { code: 'internal', zh: '部件无法读回', en: 'The component could not be read back.' },
  noDistrict: { code: 'internal', zh: '地理数据中没有本区', en: 'The geography has no district {code}.' },
  notAComponentClass: {
    code: 'validation_failed',
    zh: '{code} 不是部件小类',
    en: 'class {code} is not a component class (01001–05004).',
    field: 'class',
  },
});
