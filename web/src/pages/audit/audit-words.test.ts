import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../i18n/en-US.ts';
import { format } from '../../i18n/format.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { auditActionWords, KNOWN_AUDIT_ACTIONS } from './audit-words.ts';

const wordsIn = (dictionary: Record<string, string>) => ({
  t: (key: string, params?: Record<string, string | number>) => format(dictionary[key]!, params),
  label: (prefix: string, id: string) => dictionary[`${prefix}.${id}`] ?? id,
});
const zh = wordsIn(zhCN) as unknown as Parameters<typeof auditActionWords>[1];
const en = wordsIn(enUS) as unknown as Parameters<typeof auditActionWords>[1];

/** Every `action: 'family.step'` the server's code writes into the audit trail. */
function serverAuditActions(): string[] {
  const root = join(import.meta.dirname, '../../../../server/src');
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/action: '([a-z0-9_]+\.[a-z0-9_.]+)'/g))
          found.add(m[1]!);
      }
    }
  };
  walk(root);
  return [...found].sort();
}

describe('audit actions in words', () => {
  it('names every action the server records, in both languages', () => {
    const actions = serverAuditActions();
    expect(actions.length).toBeGreaterThan(30);
    const unnamed = actions.filter((a) => auditActionWords(a, zh) === a || auditActionWords(a, en) === a);
    expect(unnamed).toEqual([]);
    expect(KNOWN_AUDIT_ACTIONS).toEqual(expect.arrayContaining(actions));
  });

  it('says what happened, not the code', () => {
    expect(auditActionWords('auth.login', zh)).toBe('登录');
    expect(auditActionWords('auth.login', en)).toBe('Signed in');
    expect(auditActionWords('gov_event.merge', zh)).toBe('事件：合并');
    expect(auditActionWords('case.accept', zh)).toBe('办件：受理');
    expect(auditActionWords('case.accept', en)).toBe('Case: Accept');
    expect(auditActionWords('POST /api/v1/admin/staff', zh)).toBe('请求 POST /api/v1/admin/staff');
    expect(auditActionWords('something.new', zh)).toBe('something.new');
  });
});
