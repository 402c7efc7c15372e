import { defineErrors } from '../../errors.ts';

/** The refusals of 预约办理. */
export const appointmentErrors = defineErrors('appointments', {
  itemNotBookable: {
    code: 'not_found',
    zh: '事项 {code} 不存在或已停止受理',
    en: 'No item {code} open for visits.',
    field: 'itemCode',
  },
  slotNotBookable: {
    code: 'unprocessable',
    zh: '所选时段不可预约：请在未来几个办公日的开放时段中选择',
    en: 'This time cannot be booked: choose one of the open slots of the coming working days.',
    field: 'slotStart',
  },
  alreadyBookedAt: {
    code: 'conflict',
    zh: '您已预约该事项（{slot}，预约号 {bookingNo}），如需改期请先取消原预约',
    en: 'You already have a visit booked for this item (booking {bookingNo}); cancel it to choose another time.',
    field: 'itemCode',
  },
  slotFull: {
    code: 'conflict',
    zh: '该时段已约满，请选择其他时段',
    en: 'This slot is fully booked: choose another time.',
    field: 'slotStart',
  },
  alreadyBooked: {
    code: 'conflict',
    zh: '您已预约该事项',
    en: 'You already have a visit booked for this item.',
    field: 'itemCode',
  },
  noSuchBooking: { code: 'not_found', zh: '没有这条预约', en: 'No such booking.', field: 'id' },
  cancelledAlready: {
    code: 'conflict',
    zh: '该预约已取消',
    en: 'This booking is cancelled already.',
    field: 'id',
  },
  begunAlready: {
    code: 'conflict',
    zh: '预约时段已开始，不能取消',
    en: 'The booked time has begun: it can no longer be cancelled.',
    field: 'id',
  },
});
