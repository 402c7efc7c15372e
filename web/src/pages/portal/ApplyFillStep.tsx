import { ArrowRightOutlined } from '@ant-design/icons';
import { creditCodeProblem, idNumberProblem, normaliseId } from '@yimen/shared/id-checks';
import { Alert, Button, Form, type FormInstance, Input, Select } from 'antd';
import type { AgentPrincipal } from '../../api/enterprise-agents.ts';
import { useI18n } from '../../i18n/index.tsx';
import { idProblemText } from '../service/id-problem-text.ts';

/**
 * 填写信息: a person types their ID number (checked as they leave the field); an agent picks the enterprise that
 * authorizes them for the item — never types it.
 */
export function ApplyFillStep({
  form,
  person,
  field,
  number,
  principals,
  allowed,
  error,
  onFilled,
}: {
  form: FormInstance<Record<string, string>>;
  person: boolean;
  field: string;
  number: string;
  /** The enterprises that authorize this agent for the item (null while they are read). */
  principals: AgentPrincipal[] | null;
  allowed: boolean;
  error: string | null;
  onFilled: (values: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  const problemText = (raw: string): string | null => {
    const problem = person ? idNumberProblem(raw) : creditCodeProblem(raw);
    return problem && idProblemText(t, person ? 'person' : 'enterprise', problem, normaliseId(raw).length);
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFilled}
      requiredMark={false}
      initialValues={number ? { [field]: number } : undefined}
    >
      {person ? (
        <Form.Item
          name={field}
          label={t(person ? 'apply.idNumber' : 'apply.creditCode')}
          extra={t(person ? 'apply.idNumberHint' : 'apply.creditCodeHint')}
          validateTrigger="onBlur"
          rules={[
            { required: true, whitespace: true, message: t('apply.required') },
            {
              validator: async (_, value: string | undefined) => {
                const problem = value ? problemText(value) : null;
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Input
            size="large"
            maxLength={24}
            autoComplete="off"
            className="mono"
            placeholder={t(person ? 'desk.idNumberPlaceholder' : 'desk.creditCodePlaceholder')}
            disabled={!allowed}
            data-testid="apply-number"
          />
        </Form.Item>
      ) : (
        <Form.Item
          name={field}
          label={t('apply.enterprise')}
          extra={principals?.length ? t('apply.enterpriseHint') : undefined}
          rules={[{ required: true, message: t('apply.required') }]}
        >
          <Select
            size="large"
            disabled={!allowed || !principals?.length}
            loading={principals === null}
            data-testid="apply-enterprise"
            options={(principals ?? []).map((p) => ({
              value: p.creditCode,
              label: `${p.name}（${p.creditCode}）`,
            }))}
          />
        </Form.Item>
      )}
      {!person && principals?.length === 0 && (
        <Alert type="warning" showIcon title={t('apply.noPrincipal')} className="form-alert" />
      )}
      {error && (
        <Alert type="error" showIcon title={error} className="form-alert" data-testid="apply-error" />
      )}
      <Button
        type="primary"
        size="large"
        htmlType="submit"
        icon={<ArrowRightOutlined />}
        disabled={!allowed}
        block
        data-testid="apply-next"
      >
        {t('apply.toUpload')}
      </Button>
    </Form>
  );
}
