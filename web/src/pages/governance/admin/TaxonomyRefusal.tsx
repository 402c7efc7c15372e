import { Alert, Button, Space, Tag, Typography } from 'antd';
import type { TaxonomyMinor, TaxonomyProblem } from '../../../api/governance.ts';
import { type MessageKey, useI18n } from '../../../i18n/index.tsx';
import { STAGE_NAMES } from './MinorLimitFields.tsx';
import type { MinorDraft, MinorProblem } from './taxonomy-draft.ts';

const PROBLEMS_LISTED = 12;

const FIELD_NAMES: Record<string, MessageKey> = {
  code: 'gov.tax.code',
  name: 'gov.tax.name',
  nameEn: 'gov.tax.nameEn',
  defaultSeverity: 'gov.tax.severity',
  keywords: 'gov.tax.keywords',
  majorCode: 'gov.tax.major',
  kind: 'gov.tax.kind',
  severityLimits: 'gov.tax.severityLimits',
  components: 'gov.tax.components',
};

/** "处置时限：时限应为正数": a problem with the field it is about, in words. */
function useProblemText(): (problem: MinorProblem) => string {
  const { t } = useI18n();
  return ({ path, message }) => {
    const [head, stage] = path.split('.');
    let field: string | null = null;
    if (head === 'limits' && stage && stage in STAGE_NAMES)
      field = t('gov.tax.stageLimit', { stage: t(STAGE_NAMES[stage as keyof typeof STAGE_NAMES]) });
    else if (head && FIELD_NAMES[head]) field = t(FIELD_NAMES[head]);
    return field ? t('gov.tax.problemField', { field, message }) : message;
  };
}

interface ProblemsProps {
  /** The problems placed on a class, each with the class's draft (a click opens it). */
  entries: { draft: MinorDraft; problem: MinorProblem }[];
  /** Problems of the document that name no class. */
  other: TaxonomyProblem[];
  onEdit: (draft: MinorDraft) => void;
}

/** A refused save's problems: the first few, each with the class it is about (a link to edit it). */
export function TaxonomyProblems({ entries, other, onEdit }: ProblemsProps) {
  const { t } = useI18n();
  const problemText = useProblemText();
  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      data-testid="tax-problems"
      title={t('gov.tax.problemsTitle', { count: entries.length + other.length })}
      description={
        <ul className="tax-problem-list">
          {entries.slice(0, PROBLEMS_LISTED).map(({ draft, problem }) => (
            <li key={`${draft.key}-${problem.path}-${problem.message}`}>
              <Button type="link" size="small" onClick={() => onEdit(draft)} className="tax-problem-link">
                {draft.minor.code} {draft.minor.name || t('gov.tax.unnamed')}
              </Button>{' '}
              {problemText(problem)}
            </li>
          ))}
          {other.map((p) => (
            <li key={`${p.field}-${p.message}`}>
              <span className="mono small">{p.field}</span> {p.message}
            </li>
          ))}
          {entries.length > PROBLEMS_LISTED && (
            <li className="muted">
              {t('gov.tax.moreProblems', { count: entries.length - PROBLEMS_LISTED })}
            </li>
          )}
        </ul>
      }
    />
  );
}

interface DroppedProps {
  /** Codes of the classes events are filed under, left out of the document sent. */
  dropped: string[];
  savedMinors: readonly TaxonomyMinor[];
  onRestore: () => void;
}

/** A save refused for leaving out classes events are filed under: which ones, and a way to put them back. */
export function TaxonomyDropped({ dropped, savedMinors, onRestore }: DroppedProps) {
  const { t } = useI18n();
  const savedByCode = new Map(savedMinors.map((m) => [m.code, m]));
  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      data-testid="tax-dropped"
      title={t('gov.tax.droppedTitle', { count: dropped.length })}
      description={
        <>
          <Typography.Paragraph className="small">{t('gov.tax.droppedText')}</Typography.Paragraph>
          <Space wrap size={[4, 4]}>
            {dropped.map((code) => (
              <Tag key={code} color="red" data-testid={`tax-dropped-${code}`}>
                {code} {savedByCode.get(code)?.name ?? ''}
              </Tag>
            ))}
          </Space>
        </>
      }
      action={
        <Button size="small" onClick={onRestore} data-testid="tax-restore">
          {t('gov.tax.restore')}
        </Button>
      }
    />
  );
}
