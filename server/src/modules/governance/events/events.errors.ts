import { defineErrors } from '../../../errors.ts';

/** The refusals of the city-governance events: reports, photos, the event itself. */
export const eventErrors = defineErrors('events', {
  notFound: { code: 'not_found', zh: '没有该事件', en: 'No such event.', field: 'id' },
  photoNotFound: { code: 'not_found', zh: '没有该照片', en: 'No such photo.', field: 'photoId' },
  componentNotFound: {
    code: 'not_found',
    zh: '没有该部件',
    en: 'No component {componentId}.',
    field: 'componentId',
  },
  outsideDistrict: {
    code: 'unprocessable',
    zh: '该位置不在本区范围内，请选择禅城区内的位置，或向所在区反映',
    en: 'This place is outside the district; pick a place inside it or report to the district it belongs to.',
  },
  lngWithoutLat: { code: 'validation_failed', zh: '经纬度须同时提供', en: 'Give both lng and lat.' },
  addressUnknown: {
    code: 'unprocessable',
    zh: '地址库中找不到该地址，请在地图上标出位置',
    en: 'No registered address matches; pin the place on the map.',
    field: 'addressText',
  },
  noPlace: {
    code: 'validation_failed',
    zh: '请在地图上标出位置，或填写地址',
    en: 'Pin the place on the map or give an address.',
    field: 'lng',
  },
  noDescription: {
    code: 'validation_failed',
    zh: '请描述问题',
    en: 'Describe the problem.',
    field: 'description',
  },
  descriptionTooLong: {
    code: 'validation_failed',
    zh: '描述不能超过 {max} 字',
    en: 'The description is longer than {max} characters.',
    field: 'description',
  },
  idempotencyKeyReused: {
    code: 'conflict',
    zh: '该幂等键已用于另一次上报',
    en: 'This idempotency key was used for another report.',
    field: 'idempotencyKey',
  },
  unknownClass: {
    code: 'validation_failed',
    zh: '没有事件类别 {classCode}',
    en: 'No class {classCode}.',
    field: 'classCode',
  },
  photoStageNotYours: {
    code: 'forbidden',
    zh: '您不能为此环节上传照片',
    en: 'You may not add {stage} photos to this event.',
    field: 'stage',
  },
  photoStageClosed: {
    code: 'conflict',
    zh: '事件当前状态（{state}）不能上传{stage}照片',
    en: 'Event is {state}: no {stage} photos now.',
    field: 'stage',
  },
  photoNotImage: {
    code: 'unprocessable',
    zh: '只接受 JPG 或 PNG 照片',
    en: 'Only JPEG or PNG photos are accepted.',
    field: 'file',
  },
  tooManyPhotos: {
    code: 'unprocessable',
    zh: '每个环节最多 {max} 张照片',
    en: 'At most {max} photos per stage.',
    field: 'file',
  },
  photoBodyMissing: {
    code: 'validation_failed',
    zh: '请以 JPG 或 PNG 图片作为请求内容上传',
    en: 'Send the photo itself as the body (image/jpeg or image/png).',
    field: 'file',
  },
  csvBodyMissing: {
    code: 'validation_failed',
    zh: '请以 CSV 文件（text/csv）作为请求内容',
    en: 'Send the CSV itself as the body (Content-Type text/csv).',
    field: 'file',
  },
  csvBadHeader: {
    code: 'validation_failed',
    zh: '表头须为：{zhColumns}（description 必填）',
    en: 'The first line names the columns: {enColumns} (description required).',
    field: 'file',
  },
  csvUnreadable: {
    code: 'validation_failed',
    zh: 'CSV 格式有误',
    en: 'The CSV cannot be read: {reason}.',
    field: 'file',
  },
  csvNoRows: {
    code: 'validation_failed',
    zh: '文件中没有数据行',
    en: 'The file has no data rows.',
    field: 'file',
  },
  csvTooManyRows: {
    code: 'payload_too_large',
    zh: '一次最多导入 {max} 行',
    en: 'At most {max} rows per import.',
    field: 'file',
  },
  csvRowProblems: {
    code: 'validation_failed',
    zh: '有 {count} 处问题，未导入任何事件',
    en: '{count} problem(s): nothing was imported.',
  },
  signInFirst: { code: 'unauthenticated', zh: '请先登录', en: 'Please sign in first.' },
});
