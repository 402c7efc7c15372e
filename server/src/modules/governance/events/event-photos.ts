import { randomUUID } from 'node:crypto';
import type { EventState } from '@yimen/shared/states';
import { runTogether } from '../../../db/statement.ts';
import { AppError, bilingual } from '../../../errors.ts';
import { sniffFileType } from '../../../http/file-type.ts';
import { auditStatement } from '../../audit/audit.repo.ts';
import { type Actor, authorize, coversArea, type RequestContext } from '../../identity/actor.ts';
import { maySee, VIEW_ROLES } from './event-visibility.ts';
import { type EventRow, eventLogStatement, findEvent } from './events.repo.ts';
import type { GovDeps } from './gov-deps.ts';

export const PHOTO_STAGES = ['report', 'confirm', 'disposal', 'check'] as const;
export type PhotoStage = (typeof PHOTO_STAGES)[number];
/** At most this many photos per stage of one event. */
export const PHOTOS_PER_STAGE = 9;

/** The event's grid worker, a grid worker of its area, or the centre: who goes to the place. */
const onSite = (a: Actor, e: EventRow) =>
  e.grid_worker_id === a.id ||
  a.roles.includes('command_operator') ||
  (a.roles.includes('grid_worker') && coversArea(a.jurisdictionCode, e.grid_code));

/** Who adds photos at which stage, while the event is in which state. */
const STAGES: Record<PhotoStage, { states: readonly EventState[]; may: (a: Actor, e: EventRow) => boolean }> =
  {
    // The reporter, or whoever took the report (patrol, hotline) and the centre.
    report: {
      states: ['reported', 'dispatched'],
      may: (a, e) => e.reporter_user_id === a.id || a.roles.includes('command_operator'),
    },
    // The grid worker who confirms on site (核实), as they confirm or reject the report and just after.
    confirm: {
      states: ['reported', 'dispatched', 'rejected'],
      may: onSite,
    },
    // The unit the event was dispatched to, before and while it reports back.
    disposal: {
      states: ['dispatched', 'disposed'],
      may: (a, e) =>
        (a.roles.includes('department_handler') || a.roles.includes('department_approver')) &&
        a.departmentId === e.unit_id,
    },
    // The grid worker who checks on site.
    check: { states: ['disposed', 'closed'], may: onSite },
  };

const notFound = () => new AppError('not_found', bilingual('没有该事件', 'No such event.'), 'id');

async function visibleEvent(deps: GovDeps, ctx: RequestContext, actor: Actor, id: string): Promise<EventRow> {
  const e = await findEvent(deps.db, ctx.districtCode, id);
  if (!e || !maySee(actor, e)) throw notFound();
  return e;
}

/** Adds a photo of the report, the on-site confirmation, the disposal or the check; only JPEG and PNG, recognised by their content. */
export async function addPhoto(
  deps: GovDeps,
  ctx: RequestContext,
  eventId: string,
  stage: PhotoStage,
  content: Buffer,
) {
  const actor = authorize(ctx, {
    roles: [
      'citizen',
      'enterprise_agent',
      'grid_worker',
      'command_operator',
      'department_handler',
      'department_approver',
    ],
  });
  const e = await visibleEvent(deps, ctx, actor, eventId);
  const rule = STAGES[stage];
  if (!rule.may(actor, e)) {
    throw new AppError(
      'forbidden',
      bilingual('您不能为此环节上传照片', `You may not add ${stage} photos to this event.`),
      'stage',
    );
  }
  if (!rule.states.includes(e.state)) {
    throw new AppError(
      'conflict',
      bilingual(
        `事件当前状态（${e.state}）不能上传${stage}照片`,
        `Event is ${e.state}: no ${stage} photos now.`,
      ),
      'stage',
    );
  }
  const mime = sniffFileType(content);
  if (mime !== 'image/jpeg' && mime !== 'image/png') {
    throw new AppError(
      'unprocessable',
      bilingual('只接受 JPG 或 PNG 照片', 'Only JPEG or PNG photos are accepted.'),
      'file',
    );
  }
  const count = await deps.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM gov_event_photos WHERE event_id = $1 AND stage = $2',
    [e.id, stage],
  );
  if ((count.rows[0]?.n ?? 0) >= PHOTOS_PER_STAGE) {
    throw new AppError(
      'unprocessable',
      bilingual(`每个环节最多 ${PHOTOS_PER_STAGE} 张照片`, `At most ${PHOTOS_PER_STAGE} photos per stage.`),
      'file',
    );
  }
  const id = randomUUID();
  const now = deps.now();
  await runTogether(deps.db, [
    {
      sql: `INSERT INTO gov_event_photos (id, event_id, stage, mime, size, data, uploaded_by, uploaded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      params: [id, e.id, stage, mime, content.length, content, actor.id, now],
    },
    eventLogStatement(ctx, e.id, {
      at: now,
      action: 'photo',
      details: { stage, photo: id, size: content.length },
    }),
    auditStatement(ctx, {
      action: 'gov_event.photo',
      targetType: 'gov_event',
      targetId: e.event_no,
      details: { stage },
    }),
  ]);
  await deps.publish?.(e, 'event.photo');
  return { id, stage, mime, size: content.length, uploadedAt: now, url: photoUrl(e.id, id) };
}

export const photoUrl = (eventId: string, photoId: string) =>
  `/api/v1/gov/events/${eventId}/photos/${photoId}`;

export async function listPhotos(deps: GovDeps, eventId: string) {
  const r = await deps.db.query<{
    id: string;
    stage: PhotoStage;
    mime: string;
    size: number;
    uploaded_at: Date;
  }>(
    'SELECT id, stage, mime, size, uploaded_at FROM gov_event_photos WHERE event_id = $1 ORDER BY uploaded_at, id',
    [eventId],
  );
  return r.rows.map((p) => ({
    id: p.id,
    stage: p.stage,
    mime: p.mime,
    size: p.size,
    uploadedAt: p.uploaded_at,
    url: photoUrl(eventId, p.id),
  }));
}

/** A photo's bytes, for whoever may see the event. */
export async function readPhoto(deps: GovDeps, ctx: RequestContext, eventId: string, photoId: string) {
  const actor = authorize(ctx, {
    roles: VIEW_ROLES,
  });
  await visibleEvent(deps, ctx, actor, eventId);
  const r = await deps.db.query<{ mime: string; data: Buffer }>(
    'SELECT mime, data FROM gov_event_photos WHERE event_id = $1 AND id = $2',
    [eventId, photoId],
  );
  const p = r.rows[0];
  if (!p) throw new AppError('not_found', bilingual('没有该照片', 'No such photo.'), 'photoId');
  return { mime: p.mime, data: Buffer.from(p.data) };
}
