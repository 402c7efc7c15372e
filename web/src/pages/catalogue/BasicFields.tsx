import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useDepartments } from '../../hooks/useDepartments.ts';
import { useI18n } from '../../i18n/index.tsx';
import {
  catOptions,
  DELIVERY,
  HANDLING_TYPES,
  ITEM_TYPE_CODES,
  LEVELS,
  labelOptions,
  RESULT_TYPES,
  SCOPES,
  SERVICE_OBJECT_CODES,
} from './options.ts';

/** 基本信息: names, codes, type, department, result and how it is delivered. */
export function BasicFields({ creating }: { creating: boolean }) {
  const { t, label, departmentName } = useI18n();
  const departments = useDepartments();
  const required = [{ required: true, message: t('cat.required') }];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('cat.f.name')} rules={required}>
          <Input maxLength={100} data-testid="field-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="departmentId" label={t('cat.f.departmentId')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={departments.map((d) => ({ value: d.id, label: departmentName(d) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="implementationCode" label={t('cat.f.implementationCode')} rules={required}>
          <Input maxLength={60} disabled={!creating} data-testid="field-implementationCode" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="basicCode" label={t('cat.f.basicCode')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="level" label={t('cat.f.level')}>
          <Select options={catOptions(t, 'level', LEVELS)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="itemType" label={t('cat.f.itemType')}>
          <Select options={catOptions(t, 'itemType', ITEM_TYPE_CODES)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="serviceObjects" label={t('cat.f.serviceObjects')} rules={required}>
          <Select mode="multiple" options={catOptions(t, 'serviceObject', SERVICE_OBJECT_CODES)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="handlingType" label={t('cat.f.handlingType')}>
          <Select options={labelOptions(label, 'handling', HANDLING_TYPES)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['result', 'name']} label={t('cat.f.resultName')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['result', 'type']} label={t('cat.f.resultType')}>
          <Select options={catOptions(t, 'resultType', RESULT_TYPES)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="deliveryMethods" label={t('cat.f.deliveryMethods')} rules={required}>
          <Select
            mode="multiple"
            options={DELIVERY.map((d) => ({ value: d, label: label('delivery', d) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="onlineDepth" label={t('cat.f.onlineDepth')}>
          <InputNumber min={1} max={4} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="visitsRequired" label={t('cat.f.visitsRequired')}>
          <InputNumber min={0} max={5} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="scope" label={t('cat.f.scope')}>
          <Select options={catOptions(t, 'scope', SCOPES)} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="trustFirst" label={t('cat.f.trustFirst')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="keywords" label={t('cat.f.keywords')}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="source" label={t('cat.f.source')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="legalBasis"
          label={t('cat.f.legalBasis')}
          getValueProps={(lines?: string[]) => ({ value: (lines ?? []).join('\n') })}
          normalize={(text: string) => text.split('\n')}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
