import { SaveOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useState } from 'react';
import type { AdminItem, FullDefinition } from '../../api/catalogue-admin.ts';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { BasicFields } from './BasicFields.tsx';
import { ConditionFields } from './ConditionFields.tsx';
import { fieldNamePath, toDefinition } from './definition-form.ts';
import { LimitFields } from './LimitFields.tsx';
import { MaterialFields } from './MaterialFields.tsx';
import { StageFields } from './StageFields.tsx';

export interface ItemEditorProps {
  definition: FullDefinition;
  /** A new item: its implementation code can be typed; afterwards it never changes. */
  creating: boolean;
  save: (definition: FullDefinition) => Promise<AdminItem>;
  onSaved: (item: AdminItem) => void;
}

/**
 * The whole definition of an item in one form. The parts it has no fields for (verifications, fees, checklists)
 * travel back as they came. A refusal of the server is shown above the form and on the field it names.
 */
export function ItemEditor({ definition, creating, save, onSaved }: ItemEditorProps) {
  const { t, errorText } = useI18n();
  const [form] = Form.useForm<FullDefinition>();
  const [refusal, setRefusal] = useState<{ message: string; field?: string } | null>(null);
  const saving = useMutation({
    mutationFn: save,
    onSuccess: onSaved,
    onError: (caught) => {
      const message = errorText(caught);
      const field = caught instanceof ApiError ? caught.field : undefined;
      setRefusal({ message, field });
      if (field) {
        // The server names any field of the definition; the form takes its path as it comes.
        const name = fieldNamePath(field) as NamePath<FullDefinition>;
        form.setFields([{ name, errors: [message] }]);
        form.scrollToField(name);
      }
    },
  });
  const busy = saving.isPending;

  const submit = async () => {
    setRefusal(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    // getFieldsValue(true) keeps the parts of the definition without fields of their own.
    saving.mutate(toDefinition(form.getFieldsValue(true) as FullDefinition));
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={definition}
      onFinish={() => void submit()}
      className="catalogue-editor"
      data-testid="item-editor"
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          className="catalogue-refusal"
          title={t('cat.saveFailed', { message: refusal.message })}
          description={refusal.field ? t('cat.fieldAt', { field: refusal.field }) : undefined}
          data-testid="editor-refusal"
        />
      )}
      <Card title={t('cat.sec.basic')} className="catalogue-section">
        <BasicFields creating={creating} />
      </Card>
      <Card title={t('cat.sec.conditions')} className="catalogue-section">
        <ConditionFields />
      </Card>
      <Card title={t('cat.sec.materials')} className="catalogue-section">
        <MaterialFields />
      </Card>
      <Card title={t('cat.sec.stages')} className="catalogue-section">
        <StageFields />
      </Card>
      <Card title={t('cat.sec.limits')} className="catalogue-section">
        <LimitFields />
      </Card>
      <div className="catalogue-save">
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={busy}
          data-testid="editor-save"
        >
          {creating ? t('cat.create') : t('cat.save')}
        </Button>
      </div>
    </Form>
  );
}
