import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import {
  getTaxonomyDocument,
  govKeys,
  type MajorClass,
  saveTaxonomy,
  type TaxonomyMinor,
  type TaxonomyProblem,
} from '../../../api/governance.ts';
import {
  insertMinor,
  type MinorDraft,
  type MinorProblem,
  newMinor,
  nextMinorCode,
  problemsByMinor,
  restoreMinors,
  toDocument,
} from './taxonomy-draft.ts';
import { useSavedDocument } from './useSavedDocument.ts';

let lastKey = 0;
const nextKey = () => `class-${++lastKey}`;

export type TaxonomySaveOutcome =
  | { ok: true; version: number }
  | { ok: false; kind: 'problems' | 'dropped' | 'other'; error: unknown };

interface Refusal {
  byKey: Record<string, MinorProblem[]>;
  other: TaxonomyProblem[];
  /** Codes of classes events are filed under, left out of the document sent. */
  dropped: string[];
}
const NO_REFUSAL: Refusal = { byKey: {}, other: [], dropped: [] };

const isProblemList = (value: unknown): value is TaxonomyProblem[] =>
  Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && 'field' in p);

/**
 * The taxonomy as saved and as edited: load, change, add and delete minors, save the whole. A refusal's problems
 * stay on the classes they name; classes the server will not let go (`dropped`) can be put back.
 */
export function useTaxonomyEditor() {
  const [majors, setMajors] = useState<MajorClass[]>([]);
  const [saved, setSaved] = useState<MinorDraft[]>([]);
  const [drafts, setDrafts] = useState<MinorDraft[]>([]);
  const [refusal, setRefusal] = useState<Refusal>(NO_REFUSAL);
  const queryClient = useQueryClient();
  const saving = useMutation({
    mutationFn: saveTaxonomy,
    // The pickers' classes are no longer those in force: the next picker waits for the server's.
    onSuccess: () => void queryClient.resetQueries({ queryKey: govKeys.taxonomyClasses }),
  });
  const { loading, loadError, reload } = useSavedDocument(
    govKeys.taxonomyDocument,
    getTaxonomyDocument,
    (doc) => {
      const loaded = doc.minors.map((minor) => ({ key: nextKey(), minor, isNew: false }));
      setMajors([...doc.majors].sort((a, b) => a.code.localeCompare(b.code)));
      setSaved(loaded);
      setDrafts(loaded);
      setRefusal(NO_REFUSAL);
    },
  );

  const savedByKey = useMemo(() => new Map(saved.map((d) => [d.key, d.minor])), [saved]);
  const dirty = useMemo(
    () => JSON.stringify(toDocument(majors, drafts)) !== JSON.stringify(toDocument(majors, saved)),
    [majors, drafts, saved],
  );

  /** A class changed since the refusal: its problems are no longer known to hold. */
  const forget = (key: string) =>
    setRefusal((r) => {
      if (!r.byKey[key]) return r;
      const { [key]: _gone, ...rest } = r.byKey;
      return { ...r, byKey: rest };
    });

  const update = (key: string, minor: TaxonomyMinor) => {
    setDrafts((current) => current.map((d) => (d.key === key ? { ...d, minor } : d)));
    forget(key);
  };

  /** A blank minor under the major, numbered after its last one; null when the major has no code left. */
  const blank = (majorCode: string): TaxonomyMinor | null => {
    const major = majors.find((m) => m.code === majorCode);
    const code = nextMinorCode(
      drafts.map((d) => d.minor),
      majorCode,
    );
    return major && code ? newMinor(major, code) : null;
  };

  /** Files a new minor (as filled in the editor) with its major. */
  const add = (minor: TaxonomyMinor) =>
    setDrafts((current) => insertMinor(current, { key: nextKey(), minor, isNew: true }));

  const remove = (key: string) => {
    setDrafts((current) => current.filter((d) => d.key !== key));
    forget(key);
  };

  /** Puts back the saved classes the server would not let go. */
  const restoreDropped = () => {
    const codes = new Set(refusal.dropped);
    const back = saved.filter((d) => codes.has(d.minor.code) && !drafts.some((x) => x.key === d.key));
    setDrafts((current) => restoreMinors(current, back));
    setRefusal((r) => ({ ...r, dropped: [] }));
  };

  const reset = () => {
    setDrafts(saved);
    setRefusal(NO_REFUSAL);
  };

  const save = async (): Promise<TaxonomySaveOutcome> => {
    const sent = drafts;
    try {
      const { version } = await saving.mutateAsync(toDocument(majors, sent));
      const kept = sent.map((d) => ({ ...d, isNew: false }));
      setSaved(kept);
      setDrafts(kept);
      setRefusal(NO_REFUSAL);
      return { ok: true, version };
    } catch (error) {
      const details = error instanceof ApiError ? error.details : undefined;
      if (isProblemList(details?.problems)) {
        const { byKey, other } = problemsByMinor(
          details.problems,
          sent.map((d) => d.key),
        );
        setRefusal({ byKey, other, dropped: [] });
        return { ok: false, kind: 'problems', error };
      }
      if (Array.isArray(details?.dropped)) {
        setRefusal({ ...NO_REFUSAL, dropped: details.dropped.map(String) });
        return { ok: false, kind: 'dropped', error };
      }
      return { ok: false, kind: 'other', error };
    }
  };

  return {
    majors,
    drafts,
    savedByKey,
    /** The classes as saved (to name the dropped ones). */
    savedMinors: saved.map((d) => d.minor),
    refusal,
    loading,
    loadError,
    saving: saving.isPending,
    dirty,
    update,
    blank,
    add,
    remove,
    restoreDropped,
    reset,
    save,
    reload,
  };
}
