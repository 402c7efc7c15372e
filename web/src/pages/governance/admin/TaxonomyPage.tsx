import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Col, Input, Menu, Row, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { TaxonomyMinor, TaxonomyProblem } from '../../../api/governance.ts';
import { PageHead } from '../../../components/PageHead.tsx';
import { type MessageKey, useI18n } from '../../../i18n/index.tsx';
import { DraftSaveBar } from './DraftSaveBar.tsx';
import { LoadErrorAlert } from './LoadErrorAlert.tsx';
import { MinorEditor, STAGE_NAMES } from './MinorEditor.tsx';
import { MinorTable } from './MinorTable.tsx';
import { type MinorDraft, type MinorProblem, minorMatches } from './taxonomy-draft.ts';
import { useTaxonomyEditor } from './useTaxonomyEditor.ts';
import './governance-admin.css';

/** The editor open: an existing class (by key) or a new one (key null). */
interface Editing {
  key: string | null;
  minor: TaxonomyMinor;
}

const PROBLEMS_LISTED = 12;

/**
 * 事件分类: the majors with their minors; a minor's names, default severity, keywords and four stage limits are
 * edited here, minors added under a major or deleted, and the whole taxonomy saved as a new version in force at once.
 */
export default function TaxonomyPage() {
  const { t, locale, errorText } = useI18n();
  const { message } = App.useApp();
  const editor = useTaxonomyEditor();
  const [majorCode, setMajorCode] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const problemText = useProblemText();

  const lang = locale === 'en-US' ? 'en' : 'zh';
  const selected = majorCode ?? editor.majors[0]?.code ?? null;
  const majorLabel = (code: string) => {
    const major = editor.majors.find((m) => m.code === code);
    return major ? `${major.code} ${lang === 'en' ? major.nameEn : major.name}` : code;
  };
  const { byKey, other, dropped } = editor.refusal;
  const shown = useMemo(
    () =>
      (search.trim()
        ? editor.drafts.filter((d) => minorMatches(d.minor, search.trim()))
        : editor.drafts.filter((d) => d.minor.majorCode === selected)
      ).sort((a, b) => a.minor.code.localeCompare(b.minor.code)),
    [editor.drafts, search, selected],
  );
  const takenCodes = useMemo(() => new Set(editor.drafts.map((d) => d.minor.code)), [editor.drafts]);
  const editingMajor = editing
    ? (editor.majors.find((m) => m.code === editing.minor.majorCode) ?? null)
    : null;

  const save = async () => {
    setSaveError(null);
    const outcome = await editor.save();
    if (outcome.ok) {
      void message.success(t('gov.tax.saved', { version: outcome.version }));
      return;
    }
    setSaveError(outcome.kind === 'problems' ? t('gov.tax.refused') : errorText(outcome.error));
  };

  const openNew = () => {
    if (!selected) return;
    const minor = editor.blank(selected);
    if (minor) setEditing({ key: null, minor });
    else void message.warning(t('gov.tax.majorFull'));
  };

  const apply = (minor: TaxonomyMinor) => {
    if (!editing) return;
    if (editing.key === null) editor.add(minor);
    else editor.update(editing.key, minor);
    setEditing(null);
  };

  const edit = (d: MinorDraft) => setEditing({ key: d.key, minor: d.minor });
  const problemEntries = Object.entries(byKey).flatMap(([key, list]) => {
    const draft = editor.drafts.find((d) => d.key === key);
    return draft ? list.map((p) => ({ draft, problem: p })) : [];
  });
  const problemCount = problemEntries.length + other.length;
  const savedByCode = new Map(editor.savedMinors.map((m) => [m.code, m]));

  return (
    <div className="page tax-page">
      <PageHead title={t('gov.tax.title')} intro={t('gov.tax.intro')}>
        <DraftSaveBar
          testIdPrefix="tax"
          dirty={editor.dirty}
          saving={editor.saving}
          // A refusal shown can be discarded too, even when the edits that caused it are already undone.
          canDiscard={editor.dirty || problemCount > 0 || dropped.length > 0}
          onDiscard={() => {
            editor.reset();
            setSaveError(null);
          }}
          onSave={() => void save()}
        />
      </PageHead>

      <LoadErrorAlert error={editor.loadError} onRetry={editor.reload} />
      {saveError && problemCount === 0 && dropped.length === 0 && (
        <Alert type="error" showIcon title={saveError} className="form-alert" data-testid="tax-error" />
      )}
      {problemCount > 0 && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          data-testid="tax-problems"
          title={t('gov.tax.problemsTitle', { count: problemCount })}
          description={
            <ul className="tax-problem-list">
              {problemEntries.slice(0, PROBLEMS_LISTED).map(({ draft, problem }) => (
                <li key={`${draft.key}-${problem.path}-${problem.message}`}>
                  <Button type="link" size="small" onClick={() => edit(draft)} className="tax-problem-link">
                    {draft.minor.code} {draft.minor.name || t('gov.tax.unnamed')}
                  </Button>{' '}
                  {problemText(problem)}
                </li>
              ))}
              {other.map((p: TaxonomyProblem) => (
                <li key={`${p.field}-${p.message}`}>
                  <span className="mono small">{p.field}</span> {p.message}
                </li>
              ))}
              {problemEntries.length > PROBLEMS_LISTED && (
                <li className="muted">
                  {t('gov.tax.moreProblems', { count: problemEntries.length - PROBLEMS_LISTED })}
                </li>
              )}
            </ul>
          }
        />
      )}
      {dropped.length > 0 && (
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
            <Button size="small" onClick={editor.restoreDropped} data-testid="tax-restore">
              {t('gov.tax.restore')}
            </Button>
          }
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={6} xxl={5}>
          <Card
            size="small"
            className="tax-card"
            title={t('gov.tax.majors', { count: editor.majors.length })}
          >
            <Menu
              mode="inline"
              className="tax-major-menu"
              selectedKeys={search.trim() || !selected ? [] : [selected]}
              onClick={({ key }) => {
                setMajorCode(key);
                setSearch('');
              }}
              items={editor.majors.map((major) => {
                const minors = editor.drafts.filter((d) => d.minor.majorCode === major.code);
                const troubled = minors.some((d) => byKey[d.key]);
                return {
                  key: major.code,
                  label: (
                    <span className="tax-major-head" data-testid={`tax-major-${major.code}`}>
                      <span className="mono">{major.code}</span>
                      <span>{lang === 'en' ? major.nameEn : major.name}</span>
                      <Badge
                        count={minors.length}
                        showZero
                        color={troubled ? '#cf1322' : '#8c8c8c'}
                        size="small"
                      />
                      <Tag className="tax-kind-tag">{t(KIND_NAMES[major.kind])}</Tag>
                    </span>
                  ),
                };
              })}
            />
          </Card>
        </Col>
        <Col xs={24} lg={18} xxl={19}>
          <Card
            size="small"
            className="tax-card"
            title={
              search.trim()
                ? t('gov.tax.searchResults', { count: shown.length })
                : selected
                  ? t('gov.tax.minorsOf', { major: majorLabel(selected), count: shown.length })
                  : ''
            }
            extra={
              <Space wrap>
                <Input
                  allowClear
                  prefix={<SearchOutlined />}
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                  placeholder={t('gov.tax.search')}
                  className="tax-search"
                  data-testid="tax-search"
                />
                <Button
                  icon={<PlusOutlined />}
                  onClick={openNew}
                  disabled={!selected || Boolean(search.trim())}
                  data-testid="tax-add-minor"
                >
                  {t('gov.tax.addMinor')}
                </Button>
              </Space>
            }
          >
            <MinorTable
              drafts={shown}
              savedByKey={editor.savedByKey}
              problems={byKey}
              showMajor={Boolean(search.trim())}
              majorLabel={majorLabel}
              onEdit={edit}
              onDelete={(d) => editor.remove(d.key)}
              loading={editor.loading}
            />
          </Card>
        </Col>
      </Row>

      <MinorEditor
        minor={editing?.minor ?? null}
        major={editingMajor}
        isNew={editing?.key === null}
        problems={editing?.key ? (byKey[editing.key] ?? NO_PROBLEMS) : NO_PROBLEMS}
        takenCodes={takenCodes}
        onApply={apply}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}

const NO_PROBLEMS: MinorProblem[] = [];

const KIND_NAMES: Record<'component' | 'event', MessageKey> = {
  component: 'gov.tax.kind.component',
  event: 'gov.tax.kind.event',
};

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
