import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { ID_RULE } from './ConditionFields.tsx';
import { nextId } from './definition-form.ts';
import {
  catOptions,
  FORMS,
  labelOptions,
  MATERIAL_SOURCES,
  NECESSITIES,
  ORIGINAL_OR_COPY,
} from './options.ts';

/** One material: its name, original or copy, form, necessity (按情形 with its situation), source and copies. */
function MaterialCard({ name, index, onRemove }: { name: number; index: number; onRemove: () => void }) {
  const { t, label } = useI18n();
  const necessity = Form.useWatch(['materials', name, 'necessity']);
  const required = [{ required: true, message: t('cat.required') }];
  return (
    <Card
      size="small"
      className="catalogue-card"
      title={`${index + 1}. ${Form.useWatch(['materials', name, 'name']) ?? ''}`}
      extra={
        <Button size="small" icon={<DeleteOutlined />} aria-label={t('cat.remove')} onClick={onRemove} />
      }
      data-testid="material-card"
    >
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item
            name={[name, 'id']}
            label={t('cat.f.id')}
            rules={[...required, { pattern: ID_RULE, message: t('cat.idRule') }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'name']} label={t('cat.f.materialName')} rules={required}>
            <Input maxLength={200} data-testid="material-name" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'copies']} label={t('cat.f.copies')}>
            <InputNumber min={0} max={20} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'originalOrCopy']} label={t('cat.f.originalOrCopy')}>
            <Select options={labelOptions(label, 'originalOrCopy', ORIGINAL_OR_COPY)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'form']} label={t('cat.f.form')}>
            <Select options={labelOptions(label, 'form', FORMS)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'necessity']} label={t('cat.f.necessity')}>
            <Select options={labelOptions(label, 'necessity', NECESSITIES)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'source']} label={t('cat.f.materialSource')}>
            <Select options={catOptions(t, 'source', MATERIAL_SOURCES)} />
          </Form.Item>
        </Col>
        {necessity === 'conditional' && (
          <Col span={24}>
            <Form.Item name={[name, 'condition']} label={t('cat.f.condition')} rules={required}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name={[name, 'note']} label={t('cat.f.note')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** 申请材料: every material the applicant brings, or the window fetches. */
export function MaterialFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Form.List name="materials">
      {(fields, { add, remove }) => (
        <div data-testid="materials">
          {fields.map((field, index) => (
            <MaterialCard
              key={field.key}
              name={field.name}
              index={index}
              onRemove={() => remove(field.name)}
            />
          ))}
          <Button
            icon={<PlusOutlined />}
            data-testid="add-material"
            onClick={() =>
              add({
                id: nextId('material', form.getFieldValue('materials') ?? []),
                name: '',
                originalOrCopy: 'original',
                form: 'paper',
                necessity: 'required',
                source: 'applicant',
                copies: 1,
              })
            }
          >
            {t('cat.addMaterial')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
