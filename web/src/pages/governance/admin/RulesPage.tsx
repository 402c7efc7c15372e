import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { canEdit } from '../../../auth/access.ts';
import { PageHead } from '../../../components/PageHead.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { DraftSaveBar } from './DraftSaveBar.tsx';
import { LoadErrorAlert } from './LoadErrorAlert.tsx';
import { RouteTryPanel } from './RouteTryPanel.tsx';
import { RulesTable } from './RulesTable.tsx';
import { rowErrorOf } from './rules-draft.ts';
import { useRuleLookups } from './useRuleLookups.ts';
import { useRulesEditor } from './useRulesEditor.ts';
// The district map's frame and legend styles live with the other governance screens.
import '../governance.css';
import './governance-admin.css';

/**
 * 责任清单: which unit takes an event of a class, in an area, at a time — the first line that fits wins, what no
 * line takes goes to the street's office. Administrators edit and save the whole list; the command centre and
 * supervisors read it. 试一试 shows where an event would go, by the list as saved.
 */
export default function RulesPage() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const editable = canEdit(user.roles, 'govRules');
  const editor = useRulesEditor({
    classRequired: t('gov.rules.classRequired'),
    unitRequired: t('gov.rules.unitRequired'),
    daysRequired: t('gov.rules.daysRequired'),
    clockInvalid: t('gov.rules.clockInvalid'),
    clockSame: t('gov.rules.clockSame'),
    noteTooLong: t('gov.rules.noteTooLong'),
  });
  const lookups = useRuleLookups();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [hitKey, setHitKey] = useState<string | null>(null);

  const save = async () => {
    setSaveError(null);
    const outcome = await editor.save();
    if (outcome.ok) {
      void message.success(t('gov.rules.saved', { count: editor.rows.length }));
      return;
    }
    if (outcome.reason === 'invalid') {
      setSaveError(t('gov.rules.fixErrors'));
      return;
    }
    const { error } = outcome;
    const line =
      error instanceof ApiError
        ? rowErrorOf(
            error.field,
            editor.rows.map((r) => r.key),
          )
        : null;
    setSaveError(line ? t('gov.rules.refusedLine', { message: errorText(error) }) : errorText(error));
  };

  // Scroll the line a try matched into view.
  useEffect(() => {
    if (hitKey)
      document.getElementById(`rule-${hitKey}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [hitKey]);

  const lineOf = useCallback(
    (ruleId: string) => {
      const position = editor.saved.findIndex((r) => r.id === ruleId);
      const shown = editor.rows.find((r) => r.id === ruleId);
      return position < 0 ? null : { key: shown?.key ?? '', position: position + 1 };
    },
    [editor.saved, editor.rows],
  );

  return (
    <div className="page rules-page">
      <PageHead title={t('gov.rules.title')} intro={t('gov.rules.intro')}>
        {/* Only an editor has the bar, and with it the question before leaving unsaved edits. */}
        {editable && (
          <DraftSaveBar
            testIdPrefix="rules"
            dirty={editor.dirty}
            saving={editor.saving}
            onDiscard={() => {
              editor.reset();
              setSaveError(null);
            }}
            onSave={() => void save()}
          >
            <Button icon={<PlusOutlined />} onClick={editor.edits.add} data-testid="rules-add">
              {t('gov.rules.add')}
            </Button>
          </DraftSaveBar>
        )}
      </PageHead>
      {!editable && (
        <Alert
          type="info"
          showIcon
          title={t('gov.rules.readOnly')}
          className="form-alert"
          data-testid="rules-readonly"
        />
      )}
      <LoadErrorAlert error={editor.loadError} onRetry={editor.reload} />
      {saveError && (
        <Alert
          type="error"
          showIcon
          title={saveError}
          closable={{ onClose: () => setSaveError(null) }}
          className="form-alert"
          data-testid="rules-error"
        />
      )}
      <Card
        size="small"
        className="rules-card"
        title={t('gov.rules.listTitle', { count: editor.rows.length })}
      >
        <Typography.Paragraph type="secondary" className="small">
          {t('gov.rules.orderHint')}
        </Typography.Paragraph>
        <RulesTable
          rows={editor.rows}
          edits={editable ? editor.edits : null}
          errors={editor.errors}
          hitKey={hitKey}
          lookups={lookups}
          loading={editor.loading}
        />
      </Card>
      <RouteTryPanel
        taxonomy={lookups.taxonomy}
        lineOf={lineOf}
        onHit={setHitKey}
        unitLabel={lookups.unitLabel}
        unsaved={editable && editor.dirty}
      />
    </div>
  );
}
