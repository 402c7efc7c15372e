import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { applyOnline } from '../../api/applications.ts';
import type { Applicant } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { type AgentPrincipal, listPrincipals, principalsFor } from '../../api/enterprise-agents.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { creditCodeProblem, idNumberProblem, normaliseId } from '../service/identity-check.ts';

interface ApplyFormProps {
  itemCode: string;
  kind: 'person' | 'enterprise';
  /** False when the item does not serve this kind of applicant. */
  allowed: boolean;
}

/**
 * The applicant's number and the submission. One idempotency key per form: a double click, or a retry after a
 * lost answer, gets the case already opened instead of a second one. The parent keys the form by item.
 */
export function ApplyForm({ itemCode, kind, allowed }: ApplyFormProps) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Record<string, string>>();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [principals, setPrincipals] = useState<AgentPrincipal[] | null>(null);
  const person = kind === 'person';
  // An agent applies only for an enterprise that authorizes them for this item: they pick it, never type it.
  useEffect(() => {
    if (person) return;
    const controller = new AbortController();
    listPrincipals(controller.signal)
      .then((items) => setPrincipals(principalsFor(items, itemCode)))
      .catch(() => setPrincipals([]));
    return () => controller.abort();
  }, [person, itemCode]);
  const field = person ? 'applicant.idNumber' : 'applicant.creditCode';

  const problemText = (raw: string): string | null => {
    const problem = person ? idNumberProblem(raw) : creditCodeProblem(raw);
    if (problem === 'length') return t('desk.idLength', { count: normaliseId(raw).length });
    if (problem === 'characters') return t(person ? 'desk.idCharacters' : 'desk.creditCharacters');
    if (problem === 'check') return t(person ? 'desk.idCheck' : 'desk.creditCheck');
    return null;
  };

  const submit = async (values: Record<string, string>) => {
    if (submitting) return;
    const number = normaliseId(values[field] ?? '');
    const applicant: Applicant = person
      ? { kind: 'person', idNumber: number }
      : { kind: 'enterprise', creditCode: number };
    setSubmitting(true);
    setError(null);
    try {
      const opened = await applyOnline({ itemCode, applicant }, idempotencyKey.current);
      void message.success(t('apply.submitted', { caseNo: opened.caseNo }));
      navigate(`/my/cases/${opened.id}`);
    } catch (caught) {
      // The server's "register the person first" is meant for a clerk; the applicant needs other advice.
      const unregistered =
        caught instanceof ApiError && caught.code === 'not_found' && caught.field === 'applicant.idNumber';
      const text = unregistered ? t('apply.notInRegistry') : errorText(caught);
      // A refused authorization says how to get one: shown above the button, where it is read, not under the field.
      const refused = caught instanceof ApiError && caught.code === 'forbidden';
      if (refused || !showFieldError(form, caught, text, [field])) setError(text);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
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
      <div className="muted small apply-next">{t('apply.next')}</div>
      <Button
        type="primary"
        size="large"
        htmlType="submit"
        icon={<SendOutlined />}
        loading={submitting}
        disabled={!allowed}
        block
        data-testid="apply-submit"
      >
        {t('apply.submit')}
      </Button>
    </Form>
  );
}
