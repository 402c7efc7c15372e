import { Button, Drawer, Grid, Space } from 'antd';
import type { MajorClass, TaxonomyMinor } from '../../../api/governance.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { FORM_ID, MinorForm } from './MinorForm.tsx';
import type { MinorProblem } from './taxonomy-draft.ts';

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
