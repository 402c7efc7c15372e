import { Tag } from 'antd';
import type { CaseState, HandlingType } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';

const STATE_COLOURS: Record<CaseState, string> = {
  checking: 'processing',
  prereview: 'cyan',
  correction: 'warning',
  in_progress: 'blue',
  suspended: 'orange',
  awaiting_seal: 'purple',
  completed: 'success',
  incomplete: 'gold',
  refused: 'error',
  rejected: 'error',
  withdrawn: 'default',
};

/** The case state as a coloured tag (`case-state` test id when it is the page's main state). */
export function CaseStateTag({ state, testId }: { state: CaseState; testId?: string }) {
  const { label } = useI18n();
  return (
    <Tag
      color={STATE_COLOURS[state] ?? 'default'}
      data-testid={testId}
      data-state={state}
      className="case-state-tag"
    >
      {label('caseState', state)}
    </Tag>
  );
}

/** 即办件 (completed at the window) or 承诺件 (accepted with a promised date). */
export function HandlingTag({ type }: { type: HandlingType }) {
  const { label } = useI18n();
  return (
    <Tag color={type === 'instant' ? 'green' : 'geekblue'} className="handling-tag">
      {label('handling', type)}
    </Tag>
  );
}
