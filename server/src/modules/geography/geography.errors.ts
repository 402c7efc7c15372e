import { defineErrors } from '../../errors.ts';

/** The refusals of the map of the district. */
export const geographyErrors = defineErrors('geography', {
  outsideDistrict: {
    code: 'outside_district',
    zh: '该位置不在{district}范围内',
    en: 'The point ({lng}, {lat}) lies outside {district} ({code}).',
    field: 'lng',
  },
  areaNotFound: { code: 'not_found', zh: '未找到该记录', en: 'Area {code} not found' },
});
