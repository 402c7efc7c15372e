import { useMutation } from '@tanstack/react-query';
import { App, Button, type ButtonProps, List, Space } from 'antd';
import { useState } from 'react';
import { type CaseAction, type CaseView, takeAction } from '../../api/cases.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { ReasonsDialog } from './ReasonsDialog.tsx';
import { useCaseActed } from './useCase.ts';

/** Actions that end or finish something: shown as the primary button. */
const PRIMARY: ReadonlySet<CaseAction> = new Set([
  'complete_instant',
  'accept',
  'prereview_accept',
  'seal',
  'resubmit',
  'resume',
]);
/** Actions the server refuses without reasons; they open the reasons dialog. */
const NEED_REASONS: ReadonlySet<CaseAction> = new Set([
  'refuse',
  'request_correction',
  'node_reject',
  'node_return',
  'suspend',
]);
const DANGER: ReadonlySet<CaseAction> = new Set(['refuse', 'node_reject', 'withdraw']);

const SUGGESTIONS: Partial<Record<CaseAction, MessageKey[]>> = {
  refuse: ['reasons.suggest.scope', 'reasons.suggest.object', 'reasons.suggest.conditions'],
  request_correction: ['reasons.suggest.incomplete', 'reasons.suggest.mismatch'],
  suspend: ['reasons.suggest.pending'],
};

export interface CaseActionButtonsProps {
  c: CaseView;
  /** The subset of `c.actions` to offer here, in this order (others may live in another panel). */
  actions: readonly CaseAction[];
  onDone: (c: CaseView) => void;
  /** Called after a failed action, e.g. to reload the case when the checklist was found incomplete. */
  onFailed?: (error: unknown) => void;
  /** Extra props per action (disable the primary while the checklist is incomplete …). */
  buttonProps?: (action: CaseAction) => ButtonProps;
  size?: ButtonProps['size'];
  /** Other words for some actions, e.g. the applicant's 提交补正 for resubmit, or their own withdrawal question. */
  texts?: Partial<Record<CaseAction, { label?: string; confirm?: string }>>;
}

/** One button per action the server allows now; refusals ask for reasons, notices and withdrawals confirm. */
export function CaseActionButtons({
  c,
  actions,
  onDone,
  onFailed,
  buttonProps,
  size,
  texts,
}: CaseActionButtonsProps) {
  const { t, label, errorText } = useI18n();
  const { message, modal } = App.useApp();
  const acted = useCaseActed();
  const [asking, setAsking] = useState<CaseAction | null>(null);
  const labelOf = (action: CaseAction) => texts?.[action]?.label ?? label('caseAction', action);

  const mutation = useMutation({
    mutationFn: ({ action, reasons }: { action: CaseAction; reasons?: string[] }) =>
      takeAction(c.id, action, reasons ? { reasons } : {}),
    onSuccess: (updated, { action }) => {
      setAsking(null);
      void message.success(t('action.done', { action: labelOf(action) }));
      acted(updated);
      onDone(updated);
    },
    onError: (error) => {
      void message.error(errorText(error));
      onFailed?.(error);
    },
  });
  const running = mutation.isPending ? mutation.variables.action : null;
  const run = (action: CaseAction, reasons?: string[]) =>
    mutation.mutateAsync({ action, ...(reasons ? { reasons } : {}) }).catch(() => undefined);

  const start = (action: CaseAction) => {
    if (NEED_REASONS.has(action)) {
      setAsking(action);
      return;
    }
    if (action === 'notify_incomplete' || action === 'withdraw') {
      modal.confirm({
        title: labelOf(action),
        content:
          action === 'withdraw' ? (
            (texts?.withdraw?.confirm ?? t('confirm.withdraw'))
          ) : (
            <>
              <p>{t('confirm.notify')}</p>
              <List
                size="small"
                dataSource={[
                  ...c.shortfall.materials.map(
                    (m) => `${m.name}（${label('material', m.status)}${m.note ? `：${m.note}` : ''}）`,
                  ),
                  ...c.shortfall.conditions.map((x) => x.text),
                ]}
                renderItem={(line) => <List.Item>{line}</List.Item>}
              />
            </>
          ),
        okText: t('confirm.ok'),
        cancelText: t('common.cancel'),
        okButtonProps: { danger: action === 'withdraw', ...{ 'data-testid': 'confirm-ok' } },
        onOk: () => run(action),
      });
      return;
    }
    void run(action);
  };

  const shown = actions.filter((action) => c.actions.includes(action));
  return (
    <>
      <Space wrap className="case-action-buttons">
        {shown.map((action) => {
          const extra = buttonProps?.(action) ?? {};
          return (
            <Button
              {...extra}
              key={action}
              size={size}
              type={PRIMARY.has(action) ? 'primary' : 'default'}
              danger={DANGER.has(action)}
              loading={running === action}
              disabled={(running !== null && running !== action) || extra.disabled}
              onClick={() => start(action)}
              data-testid={`action-${action}`}
            >
              {labelOf(action)}
            </Button>
          );
        })}
      </Space>
      <ReasonsDialog
        open={asking !== null}
        title={asking ? label('caseAction', asking) : ''}
        suggestions={(asking && SUGGESTIONS[asking]?.map((key) => t(key))) || undefined}
        submitting={running !== null}
        onSubmit={(reasons) => asking && void run(asking, reasons)}
        onCancel={() => setAsking(null)}
      />
    </>
  );
}
