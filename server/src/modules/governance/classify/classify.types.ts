import type { Taxonomy } from '../taxonomy/taxonomy.types.ts';

/** A report text with the minor class an operator filed it under. */
export interface LabelledReport {
  text: string;
  code: string;
}

/** A labelled report sent with a component picked on the map, and the class an operator filed it under. */
export interface PickedComponentReport extends LabelledReport {
  /** The class of the picked component (e.g. 01003 雨水井盖); `code` may be it or an event that concerns it. */
  componentClass: string;
}

/** One suggested class; `confidence` is the model's probability, so a list of suggestions sums to at most 1. */
export interface Suggestion {
  code: string;
  name: string;
  confidence: number;
}

export interface ClassifyOptions {
  /** The class of the component the reporter picked on the map (e.g. 01002 污水井盖), if any. */
  componentClass?: string;
  /** How many suggestions, best first; 3 unless told. */
  limit?: number;
}

export interface Classifier {
  /**
   * Suggestions for a report, best first. Empty when the text gives nothing to go on: blank, only punctuation,
   * or not one character sequence the model has seen (the caller then asks the reporter to choose).
   */
  classify(text: string, options?: ClassifyOptions): Suggestion[];
}

/** Builds a classifier from labelled reports and the taxonomy (the evaluation trains one per fold). */
export type Trainer = (examples: readonly LabelledReport[], taxonomy: Taxonomy) => Classifier;
