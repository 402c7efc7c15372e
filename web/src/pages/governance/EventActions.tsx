import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { ActionInput, EventSummary, GovAction, GovEvent } from '../../api/governance.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { type Actor, availableActions } from './event-actions.ts';
import { eventQuery } from './event-queries.ts';
import { PhotoUploadList } from './PhotoUploadList.tsx';
import { ReclassifyDialog } from './ReclassifyDialog.tsx';
import { StepDialog, type StepDialogProps, type StepInput } from './StepDialog.tsx';
import { useEventStep } from './useEventStep.ts';
import { usePhotoUploads } from './usePhotoUploads.ts';

/** What each step's dialog asks for; steps not listed here go at one click. */
const DIALOGS: Partial<
  Record<
    GovAction,
    Pick<StepDialogProps, 'note' | 'reasons' | 'photos' | 'danger'> & { suggestions?: MessageKey }
  >
> = {
  confirm: { note: 'optional', photos: true },
  reject: { reasons: true, photos: true, danger: true, suggestions: 'gov.reasons.reject' },
  void: { reasons: true, danger: true, suggestions: 'gov.reasons.void' },
  send_back: { reasons: true, suggestions: 'gov.reasons.send_back' },
  dispose: { note: 'required', photos: true },
  check_pass: { note: 'optional', photos: true },
  check_fail: { reasons: true, photos: true, danger: true, suggestions: 'gov.reasons.check_fail' },
  park: { reasons: true, suggestions: 'gov.reasons.park' },
  supervise: { note: 'optional' },
};

const PRIMARY: ReadonlySet<GovAction> = new Set(['confirm', 'dispose', 'check_pass', 'resume']);

/** The signed-in member of staff as the action rules read them. */
export function useActor(): Actor {
  const user = useUser();
  return {
    id: user.id,
    roles: user.roles,
    departmentId: user.department?.id ?? null,
    jurisdictionCode: user.jurisdiction?.code ?? null,
  };
}

interface EventActionsProps {
  e: EventSummary;
  /** The event after the step; null when the caller no longer sees it (a unit that sent it back). */
  onChanged: (event: GovEvent | null) => void;
  size?: 'small' | 'middle' | 'large';
  /** Phones: the buttons fill the width. */
  block?: boolean;
}

/**
 * The buttons of the steps this user may take on the event now, each with the dialog it needs. Photos of the
 * check go up before the step (the event leaves the check when it passes or fails); photos of the disposal after.
 */
export function EventActions({ e, onChanged, size = 'middle', block = false }: EventActionsProps) {
  const { t, label, errorText } = useI18n();
  const { message } = App.useApp();
  const actor = useActor();
  const photos = usePhotoUploads();
  const step = useEventStep();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<GovAction | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const actions = availableActions(e, actor).filter((action) => action !== 'merge');
  if (actions.length === 0 && photos.uploads.length === 0) return null;

  const run = async (action: GovAction, input: ActionInput, files: readonly File[] = []) => {
    setSubmitting(true);
    setError(null);
    try {
      // The photos of an on-site step (核实, 核查) go up first: they are what the step found.
      if (files.length > 0 && (action === 'confirm' || action === 'reject'))
        await photos.send(e.id, 'confirm', files);
      if (files.length > 0 && (action === 'check_pass' || action === 'check_fail'))
        await photos.send(e.id, 'check', files);
      const answer = await step.mutateAsync({ id: e.id, action, input });
      void message.success(t('gov.action.done', { action: label('govAction', action), eventNo: e.eventNo }));
      setOpen(null);
      onChanged(answer.event);
      if (files.length > 0 && action === 'dispose') {
        const taken = await photos.send(e.id, 'disposal', files);
        // The step's answer was read before the photos went up: show the event with them.
        if (taken.length > 0 && answer.event)
          onChanged(
            await queryClient.fetchQuery({ ...eventQuery(e.id), staleTime: 0 }).catch(() => answer.event),
          );
      }
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const submitStep = (action: GovAction) => (input: StepInput) =>
    void run(
      action,
      {
        ...(input.note ? { note: input.note } : {}),
        ...(input.reasons.length > 0 ? { reasons: input.reasons } : {}),
      },
      input.photos,
    );

  const dialog = open ? DIALOGS[open] : undefined;
  return (
    <div className="event-actions" data-testid="event-actions">
      <Space wrap size={8} className={block ? 'event-actions-block' : undefined}>
        {actions.map((action) => (
          <Button
            key={action}
            size={size}
            block={block}
            type={PRIMARY.has(action) ? 'primary' : 'default'}
            danger={action === 'void' || action === 'reject' || action === 'check_fail'}
            data-testid={`action-${action}`}
            loading={submitting && open === null}
            onClick={() => {
              setError(null);
              if (action === 'resume') void run('resume', {});
              else setOpen(action);
            }}
          >
            {label('govAction', action)}
          </Button>
        ))}
      </Space>
      <PhotoUploadList uploads={photos.uploads} unsupported={photos.unsupported} />
      {open && open !== 'reclassify' && dialog && (
        <StepDialog
          open
          title={t('gov.step.title', { action: label('govAction', open), eventNo: e.eventNo })}
          note={dialog.note}
          reasons={dialog.reasons}
          photos={dialog.photos}
          danger={dialog.danger}
          suggestions={dialog.suggestions ? t(dialog.suggestions).split('|') : undefined}
          notePlaceholder={open === 'dispose' ? t('gov.step.disposePlaceholder') : undefined}
          submitting={submitting}
          error={error}
          onSubmit={submitStep(open)}
          onCancel={() => setOpen(null)}
        />
      )}
      <ReclassifyDialog
        open={open === 'reclassify'}
        e={e}
        submitting={submitting}
        error={error}
        onSubmit={(classCode) => void run('reclassify', { classCode })}
        onCancel={() => setOpen(null)}
      />
    </div>
  );
}
