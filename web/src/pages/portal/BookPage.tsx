import { CalendarOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Result, Segmented, Skeleton, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  type AppointmentSlots,
  appointmentKeys,
  bookAppointment,
  getAppointmentSlots,
} from '../../api/appointments.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { dayLabel, shanghaiClock } from './appointment-time.ts';

/** The day shown first: the first with a slot still free (else the first there is). */
const firstOpenDay = (slots: AppointmentSlots): string | null =>
  slots.days.find((d) => d.slots.some((s) => s.remaining > 0))?.date ?? slots.days[0]?.date ?? null;

/** 预约办理: the citizen picks a day and a half-hour slot at the service centre and gets a booking number. */
export default function BookPage() {
  const { code = '' } = useParams();
  const { t, locale, errorText } = useI18n();
  const queryClient = useQueryClient();
  const { data: slots, error: loadError } = useQuery({
    queryKey: appointmentKeys.slots(code),
    queryFn: ({ signal }) => getAppointmentSlots(code, signal),
  });
  const [chosenDay, setDay] = useState<string | null>(null);
  const day = chosenDay ?? (slots ? firstOpenDay(slots) : null);
  const [picked, setPicked] = useState<string | null>(null);
  // One key per slot chosen: a double click or a retry books once.
  const key = useRef<{ slot: string; key: string } | null>(null);

  const booking = useMutation({
    mutationFn: (what: { slot: string; key: string }) => bookAppointment(code, what.slot, what.key),
    // The slot taken shows on the item's slots and in 我的预约.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: appointmentKeys.all }),
  });
  const booked = booking.data;
  const refusal = booking.error
    ? booking.error instanceof ApiError
      ? booking.error
      : new ApiError(0, 'network_error', errorText(booking.error))
    : null;
  const book = () => {
    if (!picked || booking.isPending) return;
    if (key.current?.slot !== picked) key.current = { slot: picked, key: crypto.randomUUID() };
    booking.mutate(key.current);
  };

  if (loadError && !slots)
    return (
      <div className="page">
        <Result status="warning" title={t('book.notFound')} subTitle={errorText(loadError)} />
      </div>
    );
  if (!slots)
    return (
      <div className="page">
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );
  if (booked)
    return (
      <div className="page">
        <Card>
          <Result
            status="success"
            title={t('book.done')}
            subTitle={
              <Space direction="vertical" size={2} data-testid="book-done">
                <span>
                  {t('book.bookingNo')} <strong className="mono">{booked.bookingNo}</strong>
                </span>
                <span>
                  {booked.itemName} · {dayLabel(booked.slotStart, locale)} {shanghaiClock(booked.slotStart)}–
                  {shanghaiClock(booked.slotEnd)}
                </span>
                <span>
                  {booked.place}，{booked.address}
                </span>
              </Space>
            }
            extra={
              <Link to="/my/appointments">
                <Button type="primary">{t('nav.myAppointments')}</Button>
              </Link>
            }
          />
        </Card>
      </div>
    );

  const shown = slots.days.find((d) => d.date === day);
  return (
    <div className="page book-page">
      <Typography.Title level={4} className="page-title">
        {t('book.title')} · {slots.itemName}
      </Typography.Title>
      <Card size="small">
        <p className="muted">
          <EnvironmentOutlined /> {slots.place}，{slots.address}
        </p>
        {slots.days.length === 0 ? (
          <Empty description={t('book.noDays')} />
        ) : (
          <>
            <Segmented
              block
              value={day ?? undefined}
              onChange={(value) => {
                setDay(String(value));
                setPicked(null);
              }}
              options={slots.days.map((d) => ({
                value: d.date,
                label: (
                  <span data-testid={`book-day-${d.date}`}>{dayLabel(`${d.date}T04:00:00Z`, locale)}</span>
                ),
              }))}
            />
            <div className="book-slots" role="radiogroup" aria-label={t('book.slots')}>
              {shown?.slots.map((slot) => (
                <Button
                  key={slot.start}
                  role="radio"
                  aria-checked={picked === slot.start}
                  type={picked === slot.start ? 'primary' : 'default'}
                  disabled={slot.remaining === 0}
                  onClick={() => setPicked(slot.start)}
                  data-testid={`book-slot-${shanghaiClock(slot.start)}`}
                >
                  <span className="book-slot-time">{shanghaiClock(slot.start)}</span>
                  <span className="book-slot-left small">
                    {slot.remaining === 0 ? t('book.full') : t('book.left', { n: slot.remaining })}
                  </span>
                </Button>
              ))}
            </div>
          </>
        )}
        {refusal && (
          <Alert
            type={refusal.status === 409 ? 'warning' : 'error'}
            showIcon
            className="form-alert"
            data-testid="book-refused"
            title={refusal.message}
            {...(refusal.field === 'itemCode'
              ? { action: <Link to="/my/appointments">{t('nav.myAppointments')}</Link> }
              : {})}
          />
        )}
        <Button
          type="primary"
          size="large"
          icon={<CalendarOutlined />}
          disabled={!picked}
          loading={booking.isPending}
          onClick={book}
          data-testid="book-confirm"
        >
          {picked ? t('book.confirmAt', { time: shanghaiClock(picked) }) : t('book.pick')}
        </Button>
      </Card>
    </div>
  );
}
