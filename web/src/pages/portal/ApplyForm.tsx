import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { normaliseId } from '@yimen/shared/id-checks';
import { App, Button, Form, Space } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { applyOnline, myCaseKeys, uploadMaterialFile } from '../../api/applications.ts';
import type { Applicant } from '../../api/cases.ts';
import type { ItemMaterial } from '../../api/catalogue.ts';
import { ApiError } from '../../api/client.ts';
import { agentKeys, listPrincipals, principalsFor } from '../../api/enterprise-agents.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ApplyFillStep } from './ApplyFillStep.tsx';
import { ApplyReviewStep } from './ApplyReviewStep.tsx';
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
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Record<string, string>>();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
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
  const principalsRead = useQuery({
    queryKey: agentKeys.principals(),
    queryFn: ({ signal }) => listPrincipals(signal),
    enabled: !person,
  });
  const principals = principalsRead.isError
    ? []
    : principalsRead.data
      ? principalsFor(principalsRead.data, itemCode)
      : null;
  const field = person ? 'applicant.idNumber' : 'applicant.creditCode';

  const fill = (values: Record<string, string>) => {
    setNumber(normaliseId(values[field] ?? ''));
    setError(null);
    go(1);
  };

  const submission = useMutation({
    mutationFn: async () => {
      const applicant: Applicant = person
        ? { kind: 'person', idNumber: number }
        : { kind: 'enterprise', creditCode: number };
      if (!opened.current) {
        const c = await applyOnline({ itemCode, applicant }, idempotencyKey.current);
        opened.current = c.id;
        void message.success(t('apply.submitted', { caseNo: c.caseNo }));
        void queryClient.invalidateQueries({ queryKey: myCaseKeys.all });
      }
      const caseId = opened.current;
      for (const f of staged) {
        if (sent.current.has(f.key)) continue;
        await uploadMaterialFile(caseId, f.materialId, f.file);
        sent.current.add(f.key);
      }
      return caseId;
    },
    onMutate: () => {
      setError(null);
      onStep(3);
    },
    onSuccess: (caseId) => navigate(`/my/cases/${caseId}`),
    onError: (caught) => {
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
    },
  });
  const submit = () => {
    if (!submission.isPending) submission.mutate();
  };
  const submitting = submission.isPending;

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
      <ApplyReviewStep
        itemName={itemName}
        person={person}
        number={number}
        materials={materials}
        staged={staged}
        error={error}
        back={back(1)}
        submitting={submission.isPending}
        allowed={allowed}
        onSubmit={submit}
      />
    );
  }

  return (
    <ApplyFillStep
      form={form}
      person={person}
      field={field}
      number={number}
      principals={principals}
      allowed={allowed}
      error={error}
      onFilled={fill}
    />
  );
}
