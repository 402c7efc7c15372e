import { ArrowLeftOutlined, ArrowRightOutlined, SendOutlined } from '@ant-design/icons';
import { creditCodeProblem, idNumberProblem, normaliseId } from '@yimen/shared/id-checks';
import { Alert, App, Button, Descriptions, Form, Input, Select, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { applyOnline, uploadMaterialFile } from '../../api/applications.ts';
import type { Applicant } from '../../api/cases.ts';
import type { ItemMaterial } from '../../api/catalogue.ts';
import { ApiError } from '../../api/client.ts';
import { type AgentPrincipal, listPrincipals, principalsFor } from '../../api/enterprise-agents.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { idProblemText } from '../service/id-problem-text.ts';
import { type StagedFile, StagedMaterials } from './StagedMaterials.tsx';

/** The steps of the application, in the order a person goes through them: 填写信息 → 上传材料 → 核对 → 提交. */
export const APPLY_STEPS = ['fill', 'upload', 'review', 'submit'] as const;

interface ApplyFormProps {
  itemCode: string;
  kind: 'person' | 'enterprise';
  itemName: string;
  materials: ItemMaterial[];
  /** False when the item does not serve this kind of applicant. */
  allowed: boolean;
  /** The step the applicant is on (an index of APPLY_STEPS), for the page's Steps. */
  onStep: (step: number) => void;
}

/**
 * The application, step by step: the applicant's number, the materials' files (kept in the browser, removable
 * until submission), a review of everything, and the submission. One idempotency key per form: a double click,
 * or a retry after a lost answer, gets the case already opened instead of a second one, and a file already sent
 * is not sent again. The parent keys the form by item.
 */
export function ApplyForm({ itemCode, itemName, kind, materials, allowed, onStep }: ApplyFormProps) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Record<string, string>>();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [principals, setPrincipals] = useState<AgentPrincipal[] | null>(null);
  const [step, setStep] = useState(0);
  const [staged, setStaged] = useState<StagedFile[]>([]);
  const [number, setNumber] = useState('');
  // What a submission that failed half-way already did: the case it opened, and the files it sent.
  const opened = useRef<string | null>(null);
  const sent = useRef(new Set<string>());
  const person = kind === 'person';
  const go = (next: number) => {
    setStep(next);
    onStep(next);
  };
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
    return problem && idProblemText(t, person ? 'person' : 'enterprise', problem, normaliseId(raw).length);
  };

  const fill = (values: Record<string, string>) => {
    setNumber(normaliseId(values[field] ?? ''));
    setError(null);
    go(1);
  };

  const submit = async () => {
    if (submitting) return;
    const applicant: Applicant = person
      ? { kind: 'person', idNumber: number }
      : { kind: 'enterprise', creditCode: number };
    setSubmitting(true);
    setError(null);
    onStep(3);
    try {
      if (!opened.current) {
        const c = await applyOnline({ itemCode, applicant }, idempotencyKey.current);
        opened.current = c.id;
        void message.success(t('apply.submitted', { caseNo: c.caseNo }));
      }
      const caseId = opened.current;
      for (const f of staged) {
        if (sent.current.has(f.key)) continue;
        await uploadMaterialFile(caseId, f.materialId, f.file);
        sent.current.add(f.key);
      }
      navigate(`/my/cases/${caseId}`);
    } catch (caught) {
      onStep(2);
      // The server's "register the person first" is meant for a clerk; the applicant needs other advice.
      const unregistered =
        caught instanceof ApiError && caught.code === 'not_found' && caught.field === 'applicant.idNumber';
      const text = unregistered ? t('apply.notInRegistry') : errorText(caught);
      if (
        !opened.current &&
        caught instanceof ApiError &&
        caught.field === field &&
        caught.code !== 'forbidden'
      ) {
        // The number was refused: back to the first step, with the message under the field.
        go(0);
        showFieldError(form, caught, text, [field]);
      } else setError(opened.current ? t('apply.uploadFailed', { reason: text }) : text);
    } finally {
      setSubmitting(false);
    }
  };

  const locked = opened.current !== null;
  const back = (to: number) => (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => go(to)}
      disabled={submitting || locked}
      data-testid="apply-back"
    >
      {t('apply.back')}
    </Button>
  );

  if (step === 1) {
    return (
      <div className="apply-step" data-testid="apply-step-upload">
        <div className="muted small apply-next">{t('apply.uploadIntro')}</div>
        <StagedMaterials materials={materials} files={staged} onChange={setStaged} />
        <Space className="apply-nav">
          {back(0)}
          <Button type="primary" icon={<ArrowRightOutlined />} onClick={() => go(2)} data-testid="apply-next">
            {t('apply.toReview')}
          </Button>
        </Space>
      </div>
    );
  }
  if (step === 2) {
    return (
      <div className="apply-step" data-testid="apply-step-review">
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'item', label: t('apply.reviewItem'), children: itemName },
            {
              key: 'applicant',
              label: t(person ? 'apply.idNumber' : 'apply.enterprise'),
              children: (
                <span className="mono" data-testid="review-number">
                  {number}
                </span>
              ),
            },
          ]}
        />
        <div className="apply-review-files">
          <StagedMaterials materials={materials} files={staged} />
        </div>
        {error && (
          <Alert type="error" showIcon title={error} className="form-alert" data-testid="apply-error" />
        )}
        <div className="muted small apply-next">{t('apply.next')}</div>
        <Space className="apply-nav">
          {back(1)}
          <Button
            type="primary"
            size="large"
            icon={<SendOutlined />}
            loading={submitting}
            disabled={!allowed}
            onClick={() => void submit()}
            data-testid="apply-submit"
          >
            {t('apply.submit')}
          </Button>
        </Space>
      </div>
    );
  }

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={fill}
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
