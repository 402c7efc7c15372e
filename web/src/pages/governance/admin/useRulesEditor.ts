import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { getRoutingRules, govKeys, saveRoutingRules } from '../../../api/governance.ts';
import {
  checkRows,
  insertRow,
  isChanged,
  moveRow,
  moveRowTo,
  newRow,
  type RowErrors,
  type RuleCheckTexts,
  type RuleRow,
  removeRow,
  rowErrorOf,
  rowsFromRules,
  rulesFromRows,
  updateRow,
} from './rules-draft.ts';
import { useSavedDocument } from './useSavedDocument.ts';

let lastKey = 0;
const nextKey = () => `line-${++lastKey}`;

export type SaveOutcome = { ok: true } | { ok: false; reason: 'invalid' | 'refused'; error?: unknown };

/**
 * The responsibility list as saved and as edited: load, move, add, change, delete, save. Errors — found here or
 * named by the server (`rules.N.field`) — stay with their line when it moves.
 */
export function useRulesEditor(texts: RuleCheckTexts) {
  const [saved, setSaved] = useState<RuleRow[]>([]);
  const [rows, setRows] = useState<RuleRow[]>([]);
  const [errors, setErrors] = useState<RowErrors>({});
  const saving = useMutation({ mutationFn: saveRoutingRules });
  const textsRef = useRef(texts);
  textsRef.current = texts;
  const { loading, loadError, reload } = useSavedDocument(govKeys.routingRules, getRoutingRules, (rules) => {
    const loaded = rowsFromRules(rules, nextKey);
    setSaved(loaded);
    setRows(loaded);
    setErrors({});
  });

  /** A change clears what was wrong with the fields it touches. */
  const clearErrors = (key: string, fields: string[]) =>
    setErrors((current) => {
      const mine = current[key];
      if (!mine) return current;
      const rest = Object.fromEntries(Object.entries(mine).filter(([f]) => !fields.includes(f)));
      const next = { ...current };
      if (Object.keys(rest).length) next[key] = rest;
      else delete next[key];
      return next;
    });

  const edits = {
    update: (key: string, changes: Partial<RuleRow>) => {
      setRows((current) => updateRow(current, key, changes));
      clearErrors(key, Object.keys(changes));
    },
    move: (index: number, delta: -1 | 1) => setRows((current) => moveRow(current, index, delta)),
    moveTo: (index: number, to: number) => setRows((current) => moveRowTo(current, index, to)),
    addBelow: (index: number) => setRows((current) => insertRow(current, index + 1, newRow(nextKey()))),
    add: () => setRows((current) => [...current, newRow(nextKey())]),
    remove: (key: string) => {
      setRows((current) => removeRow(current, key));
      setErrors(({ [key]: _gone, ...rest }) => rest);
    },
  };

  const reset = () => {
    setRows(saved);
    setErrors({});
  };

  const save = useCallback(async (): Promise<SaveOutcome> => {
    const found = checkRows(rows, textsRef.current);
    setErrors(found);
    if (Object.keys(found).length) return { ok: false, reason: 'invalid' };
    const sentKeys = rows.map((r) => r.key);
    try {
      // The answer is the list now in force: new lines come back with their ids.
      const reloaded = rowsFromRules(await saving.mutateAsync(rulesFromRows(rows)), nextKey);
      setSaved(reloaded);
      setRows(reloaded);
      return { ok: true };
    } catch (error) {
      const at = error instanceof ApiError ? rowErrorOf(error.field, sentKeys) : null;
      if (at && error instanceof ApiError) setErrors({ [at.key]: { [at.field]: error.message } });
      return { ok: false, reason: 'refused', error };
    }
  }, [rows, saving.mutateAsync]);

  return {
    saved,
    rows,
    errors,
    loading,
    loadError,
    saving: saving.isPending,
    dirty: isChanged(rows, saved),
    edits,
    reset,
    save,
    reload,
  };
}
