import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { nextId } from './definition-form.ts';

export const ID_RULE = /^[a-z][a-z0-9_]{0,47}$/;

/** 受理条件: what must hold before the window accepts an application. */
export function ConditionFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const idRules = [
    { required: true, message: t('cat.required') },
    { pattern: ID_RULE, message: t('cat.idRule') },
  ];
  return (
    <Form.List name="acceptConditions">
      {(fields, { add, remove }) => (
        <div data-testid="conditions">
          {fields.map((field) => (
            <Space key={field.key} align="start" className="catalogue-row" wrap>
              <Form.Item name={[field.name, 'id']} rules={idRules} label={t('cat.f.id')}>
                <Input style={{ width: 160 }} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'text']}
                label={t('cat.f.conditionText')}
                rules={[{ required: true, message: t('cat.required') }]}
              >
                <Input.TextArea autoSize style={{ width: 560 }} maxLength={300} />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('cat.remove')}
                onClick={() => remove(field.name)}
                className="catalogue-remove"
              />
            </Space>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              add({ id: nextId('condition', form.getFieldValue('acceptConditions') ?? []), text: '' })
            }
            data-testid="add-condition"
          >
            {t('cat.addCondition')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
