import { Form, InputNumber, Select, Typography } from 'antd';
import { LIMIT_STAGES, LIMIT_UNITS, type LimitStage, type TimeLimit } from '../../../api/governance.ts';
import { type MessageKey, useI18n } from '../../../i18n/index.tsx';

export const STAGE_NAMES: Record<LimitStage, MessageKey> = {
  accept: 'gov.tax.stage.accept',
  dispatch: 'gov.tax.stage.dispatch',
  dispose: 'gov.tax.stage.dispose',
  verify: 'gov.tax.stage.verify',
};

export const UNIT_NAMES: Record<TimeLimit['unit'], MessageKey> = {
  working_hours: 'gov.tax.unit.working_hours',
  working_days: 'gov.tax.unit.working_days',
};

/** The four stage limits (受理, 派遣, 处置, 核查), each an amount and a unit, inside the minor's form. */
export function MinorLimitFields() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Text strong>{t('gov.tax.limits')}</Typography.Text>
      <Typography.Paragraph type="secondary" className="small">
        {t('gov.tax.limitsHint')}
      </Typography.Paragraph>
      {LIMIT_STAGES.map((stage) => (
        <div key={stage} className="tax-limit-row">
          <span className="tax-limit-stage">{t(STAGE_NAMES[stage])}</span>
          <Form.Item
            name={['limits', stage, 'amount']}
            rules={[{ required: true, type: 'number', min: 0.01, message: t('gov.tax.amountInvalid') }]}
          >
            <InputNumber
              min={0}
              step={1}
              className="tax-limit-input"
              aria-label={`${t(STAGE_NAMES[stage])} · ${t('gov.tax.amount')}`}
              data-testid={`tax-limit-${stage}-amount`}
            />
          </Form.Item>
          <Form.Item name={['limits', stage, 'unit']} rules={[{ required: true }]}>
            <Select
              options={LIMIT_UNITS.map((u) => ({ value: u, label: t(UNIT_NAMES[u]) }))}
              aria-label={`${t(STAGE_NAMES[stage])} · ${t('gov.tax.unit')}`}
              data-testid={`tax-limit-${stage}-unit`}
            />
          </Form.Item>
        </div>
      ))}
    </>
  );
}
