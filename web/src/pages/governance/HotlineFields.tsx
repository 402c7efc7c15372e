import { PushpinOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { SEVERITIES, type Severity } from '../../api/governance.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Who calls (name, phone) and how urgent the operator judges it, in one row of the call form. */
export function HotlineCallerFields() {
  const { t, label } = useI18n();
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="reporterName" label={t('gov.hotline.name')}>
          <Input maxLength={50} data-testid="hotline-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="reporterPhone"
          label={t('gov.hotline.phone')}
          rules={[{ pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: t('gov.hotline.phoneInvalid') }]}
        >
          <Input maxLength={20} inputMode="tel" data-testid="hotline-phone" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="severity" label={t('gov.hotline.severity')}>
          <Select<Severity>
            allowClear
            placeholder={t('gov.hotline.severityDefault')}
            options={SEVERITIES.map((s) => ({ value: s, label: label('severity', s) }))}
            data-testid="hotline-severity"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

/**
 * Where the problem is, as the caller says it: an address the registry should find, or (`pinning`) a pin on the map
 * beside it; one of the two is needed.
 */
export function HotlineAddressField({ pinning, onTogglePin }: { pinning: boolean; onTogglePin: () => void }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="addressText"
      label={t('gov.hotline.address')}
      extra={
        <Button
          type="link"
          size="small"
          icon={<PushpinOutlined />}
          onClick={onTogglePin}
          data-testid="hotline-pin-toggle"
          className="hotline-pin-toggle"
        >
          {t(pinning ? 'gov.hotline.hideMap' : 'gov.hotline.pinInstead')}
        </Button>
      }
      rules={[
        ({ getFieldValue }) => ({
          validator: (_, value: string | undefined) =>
            value?.trim() || getFieldValue('place')
              ? Promise.resolve()
              : Promise.reject(new Error(t('gov.hotline.placeRequired'))),
        }),
      ]}
      dependencies={['place']}
    >
      <Input
        maxLength={200}
        placeholder={t('gov.hotline.addressPlaceholder')}
        data-testid="hotline-address"
      />
    </Form.Item>
  );
}
