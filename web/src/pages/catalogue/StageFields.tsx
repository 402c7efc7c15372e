import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useDepartments } from '../../hooks/useDepartments.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ID_RULE } from './ConditionFields.tsx';
import { nextId } from './definition-form.ts';

/** The approval nodes of one stage; they run in parallel and all have to agree. */
function NodeList({ stage }: { stage: number }) {
  const { t, departmentName } = useI18n();
  const departments = useDepartments();
  const form = Form.useFormInstance();
  const required = [{ required: true, message: t('cat.required') }];
  return (
    <Form.List name={[stage, 'nodes']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap className="catalogue-row">
              <Form.Item
                name={[field.name, 'id']}
                label={t('cat.f.id')}
                rules={[...required, { pattern: ID_RULE, message: t('cat.idRule') }]}
              >
                <Input style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'name']} label={t('cat.f.nodeName')} rules={required}>
                <Input style={{ width: 200 }} maxLength={100} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'departmentId']}
                label={t('cat.f.nodeDepartment')}
                rules={required}
              >
                <Select
                  style={{ width: 220 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={departments.map((d) => ({ value: d.id, label: departmentName(d) }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'limitDays']} label={t('cat.f.nodeLimit')}>
                <InputNumber min={0} max={365} />
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
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              const taken = (form.getFieldValue('stages') ?? []).flatMap(
                (s: { nodes?: unknown[] }) => s?.nodes ?? [],
              );
              add({ id: nextId('node', taken), name: '', departmentId: '', limitDays: 1, checklist: [] });
            }}
          >
            {t('cat.addNode')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 办理环节: the stages of a commitment item, each with its department nodes. */
export function StageFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('cat.stagesHint')}</Typography.Paragraph>
      <Form.List name="stages">
        {(fields, { add, remove }) => (
          <div data-testid="stages">
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                className="catalogue-card"
                title={`${index + 1}.`}
                extra={
                  <Button
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('cat.remove')}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Space align="start" wrap>
                  <Form.Item
                    name={[field.name, 'id']}
                    label={t('cat.f.id')}
                    rules={[
                      { required: true, message: t('cat.required') },
                      { pattern: ID_RULE, message: t('cat.idRule') },
                    ]}
                  >
                    <Input style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('cat.f.stageName')}
                    rules={[{ required: true, message: t('cat.required') }]}
                  >
                    <Input style={{ width: 280 }} maxLength={100} />
                  </Form.Item>
                </Space>
                <NodeList stage={field.name} />
              </Card>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                add({ id: nextId('stage', form.getFieldValue('stages') ?? []), name: '', nodes: [] })
              }
            >
              {t('cat.addStage')}
            </Button>
          </div>
        )}
      </Form.List>
    </>
  );
}
