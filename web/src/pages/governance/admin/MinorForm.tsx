import { Alert, Form, Input, Radio, Select, Typography } from 'antd';
import { useEffect } from 'react';
import {
  LIMIT_STAGES,
  type LimitStage,
  SEVERITIES,
  type Severity,
  type TaxonomyMinor,
  type TimeLimit,
} from '../../../api/governance.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { MinorLimitFields } from './MinorLimitFields.tsx';
import { cleanKeywords, editorFieldOf, type MinorProblem } from './taxonomy-draft.ts';

/** The form's id: the drawer's footer button submits it. */
export const FORM_ID = 'tax-minor-form';

interface Values {
  code: string;
  name: string;
  nameEn: string;
  defaultSeverity: Severity;
  keywords: string[];
  limits: Record<LimitStage, TimeLimit>;
}

/** The fields of one minor class, checked here; the server's problems of the last save go on the fields they name. */
export function MinorForm({
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
        <MinorLimitFields />
      </Form>
    </>
  );
}
