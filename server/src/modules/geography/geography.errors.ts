import { defineErrors } from '../../errors.ts';

/** The refusals of the map of the district. */
export const geographyErrors = defineErrors('geography', {
  outsideDistrict: {
    code: 'outside_district',
    zh: '该位置不在{district}范围内',
    en: 'The point ({lng}, {lat}) lies outside {district} ({code}).',
    field: 'lng',
  },
  longitudeOutOfRange: {
    code: 'validation_failed',
    zh: '经度须在 -180 到 180 之间',
    en: 'lng must be a longitude between -180 and 180.',
    field: 'lng',
  },
  latitudeOutOfRange: {
    code: 'validation_failed',
    zh: '纬度须在 -90 到 90 之间',
    en: 'lat must be a latitude between -90 and 90.',
    field: 'lat',
  },
  emptySearch: {
    code: 'validation_failed',
    zh: '请输入区划代码或名称中的字词',
    en: 'q must contain a code or part of a name.',
    field: 'q',
  },
  notADivisionCode: {
    code: 'validation_failed',
    zh: '{field} 须为 6、9、12、15 或 17 位的区划代码，收到的是“{code}”',
    en: '{field} must be a division code of 6, 9, 12, 15 or 17 digits, got "{code}".',
  },
  areaNotFound: { code: 'not_found', zh: '未找到该记录', en: 'Area {code} not found' },
});
