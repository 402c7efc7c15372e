import { CalendarOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Popconfirm, Table, type TableProps, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import {
  type Appointment,
  appointmentKeys,
  cancelAppointment,
  listMyAppointments,
} from '../../api/appointments.ts';
import { useI18n } from '../../i18n/index.tsx';
import { dayLabel, shanghaiClock } from './appointment-time.ts';

/** 我的预约: the person's visits booked at the service centre, with a cancel before their time. */
export default function MyAppointmentsPage() {
  const { t, locale, errorText } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const polled = useQuery({
    queryKey: appointmentKeys.mine(),
    queryFn: ({ signal }) => listMyAppointments(signal),
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
  });
  const now = Date.now();

  // A cancelled visit frees its slot: the list and every item's open slots are read again.
  const cancelling = useMutation({
    mutationFn: (a: Appointment) => cancelAppointment(a.id),
    onSuccess: () => {
      void message.success(t('myAppointments.cancelled'));
      void queryClient.invalidateQueries({ queryKey: appointmentKeys.all });
    },
    onError: (error) => void message.error(errorText(error)),
  });
  const cancel = (a: Appointment) => cancelling.mutateAsync(a).catch(() => undefined);

  const columns: TableProps<Appointment>['columns'] = [
    { key: 'item', title: t('myCases.item'), render: (_, a) => <strong>{a.itemName}</strong> },
    {
      key: 'when',
      title: t('myAppointments.when'),
      render: (_, a) => (
        <span className="nowrap">
          {dayLabel(a.slotStart, locale)} {shanghaiClock(a.slotStart)}–{shanghaiClock(a.slotEnd)}
        </span>
      ),
    },
    {
      key: 'no',
      title: t('book.bookingNo'),
      responsive: ['md'],
      render: (_, a) => <span className="mono nowrap">{a.bookingNo}</span>,
    },
    {
      key: 'state',
      title: t('myCases.state'),
      render: (_, a) =>
        a.state === 'cancelled' ? (
          <Tag>{t('myAppointments.state.cancelled')}</Tag>
        ) : new Date(a.slotEnd).getTime() < now ? (
          <Tag>{t('myAppointments.state.past')}</Tag>
        ) : (
          <Tag color="blue">{t('myAppointments.state.booked')}</Tag>
        ),
    },
    {
      key: 'cancel',
      title: '',
      render: (_, a) =>
        a.state === 'booked' &&
        new Date(a.slotStart).getTime() > now && (
          <Popconfirm
            title={t('myAppointments.cancelConfirm')}
            okText={t('myAppointments.cancel')}
            cancelText={t('common.cancel')}
            onConfirm={() => cancel(a)}
          >
            <Button size="small" danger data-testid={`appointment-cancel-${a.bookingNo}`}>
              {t('myAppointments.cancel')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <div className="page">
      <Typography.Title level={4} className="page-title">
        <CalendarOutlined /> {t('nav.myAppointments')}
      </Typography.Title>
      {polled.error && <Alert type="warning" showIcon title={errorText(polled.error)} />}
      <Card size="small">
        <Table<Appointment>
          rowKey="id"
          size="middle"
          loading={polled.isPending}
          columns={columns}
          dataSource={polled.data ?? []}
          pagination={false}
          onRow={(a) =>
            ({ 'data-testid': `appointment-${a.bookingNo}` }) as React.HTMLAttributes<HTMLElement>
          }
          locale={{
            emptyText: (
              <Empty description={t('myAppointments.none')}>
                <Link to="/">{t('myAppointments.findItem')}</Link>
              </Empty>
            ),
          }}
        />
      </Card>
    </div>
  );
}
