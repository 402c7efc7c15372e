import { auditZhCN } from '../../i18n/audit.zh-CN.ts';
import type { I18n } from '../../i18n/index.tsx';

type Words = Pick<I18n, 't' | 'label'>;

const KNOWN = new Set(
  Object.keys(auditZhCN)
    .filter((key) => key.startsWith('auditAction.'))
    .map((key) => key.slice('auditAction.'.length)),
);

/** The action ids the log records under a name of their own, for the action filter. */
export const KNOWN_AUDIT_ACTIONS: readonly string[] = [...KNOWN].filter((id) => id.includes('.'));

/** Filter groups: the server filters by action prefix, so one entry covers a whole family. */
export const AUDIT_ACTION_GROUPS = [
  { prefix: 'auth.', key: 'audit.group.auth' },
  { prefix: 'case.', key: 'audit.group.case' },
  { prefix: 'gov_event.', key: 'audit.group.govEvent' },
  { prefix: 'catalogue.', key: 'audit.group.catalogue' },
  { prefix: 'staff.', key: 'audit.group.staff' },
  { prefix: 'person.', key: 'audit.group.person' },
] as const;

const REQUEST = /^(GET|POST|PUT|PATCH|DELETE) (\S+)$/;

/**
 * An audit action in words of the reader's language: its own name when it has one, a case or event step by the
 * step's name (办件：受理, 事件：合并), a refused request by its method and path; an unknown id stays as it is.
 */
export function auditActionWords(action: string, { t, label }: Words): string {
  if (KNOWN.has(action)) return t(`auditAction.${action}` as Parameters<Words['t']>[0]);
  const [family, step] = splitOnce(action);
  if (family === 'case' && step) return t('auditAction.case', { action: label('caseAction', step) });
  if (family === 'gov_event' && step) return t('auditAction.govEvent', { action: label('govAction', step) });
  const request = REQUEST.exec(action);
  if (request) return t('auditAction.request', { method: request[1]!, path: request[2]! });
  return action;
}

function splitOnce(action: string): [string, string | undefined] {
  const dot = action.indexOf('.');
  return dot < 0 ? [action, undefined] : [action.slice(0, dot), action.slice(dot + 1)];
}
