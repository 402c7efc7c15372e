import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { useUnsavedChanges } from './useUnsavedChanges.ts';

interface DraftSaveBarProps {
  /** Names the test ids `<testIdPrefix>-dirty`, `-reset` and `-save`. */
  testIdPrefix: string;
  dirty: boolean;
  saving: boolean;
  /** Discard is offered while there are edits, unless the screen says otherwise (e.g. a refusal to clear). */
  canDiscard?: boolean;
  onDiscard: () => void;
  onSave: () => void;
  /** The screen's own buttons, between the notice and discard. */
  children?: ReactNode;
}

/**
 * The buttons of an editor that saves a whole document at once: a notice of unsaved edits, discard and save.
 * While the bar is shown with edits unsaved, leaving the screen or closing the tab asks first.
 */
export function DraftSaveBar({
  testIdPrefix,
  dirty,
  saving,
  canDiscard = dirty,
  onDiscard,
  onSave,
  children,
}: DraftSaveBarProps) {
  const { t } = useI18n();
  useUnsavedChanges(dirty);
  return (
    <Space wrap>
      {dirty && (
        <Tag color="orange" data-testid={`${testIdPrefix}-dirty`}>
          {t('gov.admin.unsaved')}
        </Tag>
      )}
      {children}
      <Button
        icon={<UndoOutlined />}
        onClick={onDiscard}
        disabled={!canDiscard}
        data-testid={`${testIdPrefix}-reset`}
      >
        {t('gov.admin.discard')}
      </Button>
      <Button
        type="primary"
        icon={<SaveOutlined />}
        onClick={onSave}
        loading={saving}
        disabled={!dirty}
        data-testid={`${testIdPrefix}-save`}
      >
        {t('common.save')}
      </Button>
    </Space>
  );
}
