import { describe, expect, it } from 'vitest';
import { actionsFrom, CASE_ACTIONS, TRANSITIONS } from './case-actions.ts';
import { CASE_STATES, TERMINAL_STATES } from './states.ts';

describe('the case state machine', () => {
  it('offers nothing from a terminal state and something from every other', () => {
    for (const state of CASE_STATES) {
      expect(actionsFrom(state).length === 0).toBe(TERMINAL_STATES.has(state));
    }
  });

  it('offers what the window does at the checklist', () => {
    expect(actionsFrom('checking')).toEqual([
      'complete_instant',
      'accept',
      'notify_incomplete',
      'refuse',
      'withdraw',
    ]);
    expect(CASE_ACTIONS).toEqual(Object.keys(TRANSITIONS));
  });
});
