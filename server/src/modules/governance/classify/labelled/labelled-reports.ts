/**
 * The project's own labelled set: citizen, hotline and grid-worker reports written for Yimen by its authors (not
 * collected from any real hotline or copied from elsewhere), each labelled with the minor class an operator would
 * file it under. Places are Chancheng's streets and roads; some reports are distractors on purpose (a 垃圾 in a
 * report that is about 油烟). Used to train the shipped classifier and to cross-validate it.
 */
import type { LabelledReport } from '../classify.types.ts';
import { CITY_EVENT_REPORTS } from './city-events.data.ts';
import { COMPONENT_REPORTS } from './components.data.ts';
import { HOTLINE_REPORTS, TERSE_HOTLINE_REPORTS } from './hotline.data.ts';
import { SOCIAL_REPORTS } from './social.data.ts';

const flatten = (byCode: Record<string, string[]>): LabelledReport[] =>
  Object.entries(byCode).flatMap(([code, texts]) => texts.map((text) => ({ text, code })));

export const LABELLED_REPORTS: readonly LabelledReport[] = [
  ...flatten(COMPONENT_REPORTS),
  ...flatten(CITY_EVENT_REPORTS),
  ...flatten(SOCIAL_REPORTS),
];

/** Hotline calls (hotline.data.ts): short, spoken, with the generic words callers add to any problem. */
export const HOTLINE_LABELLED_REPORTS: readonly LabelledReport[] = [
  ...flatten(HOTLINE_REPORTS),
  ...flatten(TERSE_HOTLINE_REPORTS),
];

/** What the shipped classifier learns from: the labelled reports and the hotline calls. */
export const TRAINING_REPORTS: readonly LabelledReport[] = [...LABELLED_REPORTS, ...HOTLINE_LABELLED_REPORTS];
