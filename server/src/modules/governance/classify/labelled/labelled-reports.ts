/**
 * The project's own labelled set: citizen, hotline and grid-worker reports written for Yimen by its authors (not
 * collected from any real hotline or copied from elsewhere), each labelled with the minor class an operator would
 * file it under. Places are Chancheng's streets and roads; some reports are distractors on purpose (a 垃圾 in a
 * report that is about 油烟). Used to train the shipped classifier and to cross-validate it.
 */
import type { LabelledReport } from '../classify.types.ts';
import { CITY_EVENT_REPORTS } from './city-events.data.ts';
import { COMPONENT_REPORTS } from './components.data.ts';
import { SOCIAL_REPORTS } from './social.data.ts';

const flatten = (byCode: Record<string, string[]>): LabelledReport[] =>
  Object.entries(byCode).flatMap(([code, texts]) => texts.map((text) => ({ text, code })));

export const LABELLED_REPORTS: readonly LabelledReport[] = [
  ...flatten(COMPONENT_REPORTS),
  ...flatten(CITY_EVENT_REPORTS),
  ...flatten(SOCIAL_REPORTS),
];
