import {
  Alert,
  Button,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import {
  LIMIT_STAGES,
  LIMIT_UNITS,
  type LimitStage,
  type MajorClass,
  SEVERITIES,
  type Severity,
  type TaxonomyMinor,
  type TimeLimit,
} from '../../../api/governance.ts';
import { type MessageKey, useI18n } from '../../../i18n/index.tsx';
import { cleanKeywords, editorFieldOf, type MinorProblem } from './taxonomy-draft.ts';

interface Values {
  code: string;
  name: string;
  nameEn: string;
  defaultSeverity: Severity;
  keywords: string[];
  limits: Record<LimitStage, TimeLimit>;
}

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

interface MinorEditorProps {
  /** The class being edited, or a blank one to add; null: closed. */
  minor: TaxonomyMinor | null;
  major: MajorClass | null;
  isNew: boolean;
  /** What the server found wrong with this class at the last save. */
  problems: readonly MinorProblem[];
  /** Codes already taken (a new class needs a free one). */
  takenCodes: ReadonlySet<string>;
  onApply: (minor: TaxonomyMinor) => void;
  onClose: () => void;
}

const FORM_ID = 'tax-minor-form';

/** One minor class: names, default severity, keywords and the four stage limits; applied to the draft, saved with it. */
export function MinorEditor({
  minor,
  major,
  isNew,
  problems,
  takenCodes,
  onApply,
  onClose,
}: MinorEditorProps) {
  const { t, locale } = useI18n();
  const screens = Grid.useBreakpoint();
  const majorName = major ? `${major.code} ${locale === 'en-US' ? major.nameEn : major.name}` : '';
  return (
    <Drawer
      open={minor !== null}
      onClose={onClose}
      title={
        isNew
          ? t('gov.tax.newTitle', { major: majorName })
          : t('gov.tax.editTitle', { code: minor?.code ?? '', name: minor?.name ?? '' })
      }
      size={screens.sm === false ? '100%' : 520}
      destroyOnHidden
      data-testid="tax-editor"
      footer={
        <Space className="drawer-footer">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={FORM_ID} data-testid="tax-apply">
            {t('gov.tax.apply')}
          </Button>
        </Space>
      }
    >
      {/* Mounted afresh for each class opened, so that no value of the one before lingers in the form. */}
      {minor && (
        <MinorForm
          minor={minor}
          isNew={isNew}
          problems={problems}
          takenCodes={takenCodes}
          onApply={onApply}
        />
      )}
    </Drawer>
  );
}

function MinorForm({
  minor,
  isNew,
  problems,
  takenCodes,
  onApply,
}: {
  minor: TaxonomyMinor;
  isNew: boolean;
  problems: readonly MinorProblem[];
  takenCodes: ReadonlySet<string>;
  onApply: (minor: TaxonomyMinor) => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<Values>();

  // The server's problems go on the fields they name; the rest are listed above the form.
  const unplaced = problems.filter((p) => editorFieldOf(p.path) === null);
  const problemsKey = JSON.stringify(problems);
  useEffect(() => {
    const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
    const placed = (JSON.parse(problemsKey) as MinorProblem[]).filter((p) => editorFieldOf(p.path) !== null);
    for (const p of placed) {
      const name = editorFieldOf(p.path)!;
      const id = name.join('.');
      byField.set(id, { name, errors: [...(byField.get(id)?.errors ?? []), p.message] });
    }
    // The paths come from editorFieldOf, which names only fields of this form.
    if (byField.size) form.setFields([...byField.values()] as Parameters<typeof form.setFields>[0]);
  }, [problemsKey, form]);

  const apply = (values: Values) =>
    onApply({
      ...minor,
      code: values.code.trim(),
      name: values.name.trim(),
      nameEn: values.nameEn.trim(),
      defaultSeverity: values.defaultSeverity,
      keywords: cleanKeywords(values.keywords ?? []),
      limits: Object.fromEntries(
        LIMIT_STAGES.map((stage) => [
          stage,
          { amount: values.limits[stage].amount, unit: values.limits[stage].unit },
        ]),
      ) as Record<LimitStage, TimeLimit>,
    });

  return (
    <>
      <Typography.Paragraph type="secondary" className="small">
        {t('gov.tax.applyHint')}
      </Typography.Paragraph>
      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={t('gov.tax.otherProblems')}
          description={
            <ul className="tax-problem-list">
              {unplaced.map((p) => (
                <li key={`${p.path}-${p.message}`}>
                  {p.path && <span className="mono small">{p.path}</span>} {p.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form<Values>
        id={FORM_ID}
        form={form}
        layout="vertical"
        requiredMark
        onFinish={apply}
        initialValues={{
          code: minor.code,
          name: minor.name,
          nameEn: minor.nameEn,
          defaultSeverity: minor.defaultSeverity,
          keywords: minor.keywords,
          limits: minor.limits,
        }}
      >
        <Form.Item
          name="code"
          label={t('gov.tax.code')}
          extra={isNew ? t('gov.tax.codeHint', { major: minor.majorCode }) : undefined}
          rules={[
            { required: true, message: t('gov.tax.codeInvalid', { major: minor.majorCode }) },
            {
              validator: async (_, value: string) => {
                if (!isNew) return;
                const code = String(value ?? '').trim();
                if (!/^\d{5}$/.test(code) || !code.startsWith(minor.majorCode))
                  throw new Error(t('gov.tax.codeInvalid', { major: minor.majorCode }));
                if (takenCodes.has(code)) throw new Error(t('gov.tax.codeTaken', { code }));
              },
            },
          ]}
        >
          <Input disabled={!isNew} maxLength={5} className="mono" data-testid="tax-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('gov.tax.name')}
          rules={[{ required: true, whitespace: true, message: t('gov.tax.nameRequired') }]}
        >
          <Input maxLength={40} data-testid="tax-name" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('gov.tax.nameEn')}
          rules={[{ required: true, whitespace: true, message: t('gov.tax.nameEnRequired') }]}
        >
          <Input maxLength={80} data-testid="tax-name-en" />
        </Form.Item>
        <Form.Item name="defaultSeverity" label={t('gov.tax.severity')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={SEVERITIES.map((s) => ({ value: s, label: label('severity', s) }))}
            data-testid="tax-severity"
          />
        </Form.Item>
        <Form.Item name="keywords" label={t('gov.tax.keywords')} extra={t('gov.tax.keywordsHint')}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，', '、']}
            open={false}
            suffixIcon={null}
            placeholder={t('gov.tax.keywordsPlaceholder')}
            data-testid="tax-keywords"
          />
        </Form.Item>
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
      </Form>
    </>
  );
}
