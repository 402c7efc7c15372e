import { Button, Typography } from 'antd';
import { useI18n } from '../../../i18n/index.tsx';
import type { RuleEdits } from './RulesTable.tsx';
import { type RuleRow, shadowOf } from './rules-draft.ts';

/** Warns under a line that a wider line above it takes its events first (see shadowOf), with the way out. */
export function RuleShadowNote({
  rows,
  index,
  edits,
}: {
  rows: readonly RuleRow[];
  index: number;
  edits: RuleEdits | null;
}) {
  const { t } = useI18n();
  const shadow = shadowOf(rows, index);
  if (!shadow) return null;
  return (
    <div className="rule-shadow" data-testid={`rule-shadow-${index + 1}`}>
      <Typography.Text type="warning" className="small">
        {t(shadow.sameUnit ? 'gov.rules.shadowedSameUnit' : 'gov.rules.shadowed', { line: shadow.line })}
      </Typography.Text>
      {edits && (
        <Button
          type="link"
          size="small"
          className="rule-shadow-fix"
          onClick={() => edits.moveTo(index, shadow.line - 1)}
          data-testid={`rule-shadow-fix-${index + 1}`}
        >
          {t('gov.rules.moveAbove', { line: shadow.line })}
        </Button>
      )}
    </div>
  );
}
