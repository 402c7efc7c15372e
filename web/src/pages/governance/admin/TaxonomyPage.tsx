import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Input, Row, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { TaxonomyMinor } from '../../../api/governance.ts';
import { PageHead } from '../../../components/PageHead.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { DraftSaveBar } from './DraftSaveBar.tsx';
import { LoadErrorAlert } from './LoadErrorAlert.tsx';
import { MajorMenu } from './MajorMenu.tsx';
import { MinorEditor } from './MinorEditor.tsx';
import { MinorTable } from './MinorTable.tsx';
import { TaxonomyDropped, TaxonomyProblems } from './TaxonomyRefusal.tsx';
import { type MinorDraft, type MinorProblem, minorMatches } from './taxonomy-draft.ts';
import { useTaxonomyEditor } from './useTaxonomyEditor.ts';
import './governance-admin.css';

/** The editor open: an existing class (by key) or a new one (key null). */
interface Editing {
  key: string | null;
  minor: TaxonomyMinor;
}

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
      {problemCount > 0 && <TaxonomyProblems entries={problemEntries} other={other} onEdit={edit} />}
      {dropped.length > 0 && (
        <TaxonomyDropped
          dropped={dropped}
          savedMinors={editor.savedMinors}
          onRestore={editor.restoreDropped}
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={6} xxl={5}>
          <MajorMenu
            majors={editor.majors}
            drafts={editor.drafts}
            problems={byKey}
            selected={search.trim() ? null : selected}
            onSelect={(code) => {
              setMajorCode(code);
              setSearch('');
            }}
          />
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
