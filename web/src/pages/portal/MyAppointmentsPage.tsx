import { CalendarOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Popconfirm, Table, type TableProps, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { type Appointment, cancelAppointment, listMyAppointments } from '../../api/appointments.ts';
import { usePolling } from '../../hooks/usePolling.ts';
import { useI18n } from '../../i18n/index.tsx';
import { dayLabel, shanghaiClock } from './appointment-time.ts';

/** 我的预约: the person's visits booked at the service centre, with a cancel before their time. */
export default function MyAppointmentsPage() {
  const { t, locale, errorText } = useI18n();
  const { message } = App.useApp();
  const polled = usePolling(listMyAppointments, 60_000);
  const now = Date.now();

  const cancel = async (a: Appointment) => {
    try {
      await cancelAppointment(a.id);
      void message.success(t('myAppointments.cancelled'));
      polled.reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

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
      {polled.error !== null && <Alert type="warning" showIcon title={errorText(polled.error)} />}
      <Card size="small">
        <Table<Appointment>
          rowKey="id"
          size="middle"
          loading={polled.loading && !polled.data}
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
