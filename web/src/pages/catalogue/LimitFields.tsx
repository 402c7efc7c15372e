import { Form, InputNumber, Space } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

/** 法定办结时限 and 承诺办结时限 in working days (0 = on the spot); the promise may not exceed the law. */
export function LimitFields() {
  const { t } = useI18n();
  return (
    <Space wrap size="large">
      <Form.Item name="legalLimitDays" label={t('cat.f.legalLimitDays')}>
        <InputNumber min={0} max={730} data-testid="field-legalLimitDays" />
      </Form.Item>
      <Form.Item name="promisedLimitDays" label={t('cat.f.promisedLimitDays')}>
        <InputNumber min={0} max={730} data-testid="field-promisedLimitDays" />
      </Form.Item>
    </Space>
  );
}
