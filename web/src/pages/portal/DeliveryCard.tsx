import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import {
  type CaseView,
  DELIVERY_METHODS,
  type Delivery,
  type DeliveryMethod,
  TERMINAL_STATES,
} from '../../api/cases.ts';
import { itemQuery } from '../../api/catalogue.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DeliveryForm } from './DeliveryForm.tsx';

interface DeliveryCardProps {
  c: CaseView;
  onChanged: (c: CaseView) => void;
  /** Loads the case again, when the server's answer does not carry it. */
  onReload: () => void;
}

/** The ways the case's own item version offers (all three until it has loaded, or if it cannot be read). */
function useOfferedMethods(c: CaseView, needed: boolean): readonly DeliveryMethod[] {
  const { data: item } = useQuery({ ...itemQuery(c.item.code, c.item.version), enabled: needed });
  const methods = item?.definition.deliveryMethods;
  return methods?.length ? methods : DELIVERY_METHODS;
}

/** 送达方式: pickup, EMS or online; changeable until the case is finished. The pickup code or EMS number shows. */
export function DeliveryCard({ c, onChanged, onReload }: DeliveryCardProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const delivery = c.delivery ?? null;
  const open = !TERMINAL_STATES.has(c.state);
  const chosen = delivery !== null && delivery.chosen !== false;
  const showForm = open && (editing || !chosen);
  const offered = useOfferedMethods(c, showForm);
  // A server without delivery sends no such field: there is nothing to choose then.
  if (c.delivery === undefined || (!open && delivery === null)) return null;
  return (
    <Card
      size="small"
      title={t('delivery.title')}
      className="case-card"
      data-testid="delivery-card"
      extra={
        open &&
        chosen &&
        !editing && (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="delivery-edit"
          >
            {t('delivery.change')}
          </Button>
        )
      }
    >
      {delivery && <DeliveryCode delivery={delivery} />}
      {showForm ? (
        <DeliveryForm
          c={c}
          current={delivery}
          offered={offered}
          onSaved={(updated) => {
            setEditing(false);
            if (updated) onChanged(updated);
            else onReload();
          }}
          onCancel={chosen ? () => setEditing(false) : undefined}
        />
      ) : (
        delivery && <DeliveryFacts delivery={delivery} />
      )}
    </Card>
  );
}

/** 取件码 or EMS 运单号, large, once the server has given one. */
function DeliveryCode({ delivery }: { delivery: Delivery }) {
  const { t } = useI18n();
  const code = delivery.pickupCode ?? delivery.trackingNo;
  if (!code) return null;
  return (
    <div className="delivery-code" data-testid="delivery-code">
      <div className="muted small">
        {t(delivery.pickupCode ? 'delivery.pickupCode' : 'delivery.trackingNo')}
      </div>
      <Typography.Text className="mono delivery-code-value" copyable>
        {code}
      </Typography.Text>
    </div>
  );
}

function DeliveryFacts({ delivery }: { delivery: Delivery }) {
  const { t, label } = useI18n();
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'method', label: t('delivery.method'), children: label('delivery', delivery.method) },
          ...(delivery.method === 'mail'
            ? [
                { key: 'recipient', label: t('delivery.recipient'), children: delivery.recipient ?? '—' },
                { key: 'phone', label: t('delivery.phone'), children: delivery.phoneMasked ?? '—' },
                { key: 'address', label: t('delivery.address'), children: delivery.address ?? '—' },
              ]
            : []),
        ]}
      />
      <div className="muted small">{t(`delivery.${delivery.method}Hint`)}</div>
    </>
  );
}
