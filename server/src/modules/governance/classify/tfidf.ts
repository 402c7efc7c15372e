/** A document as a sparse unit vector: feature indices and their TF-IDF weights. */
export interface SparseVector {
  features: Int32Array;
  values: Float32Array;
}

/** The n-gram vocabulary of the training documents with each n-gram's inverse document frequency. */
export interface Vocabulary {
  index: Map<string, number>;
  idf: Float32Array;
}

export function buildVocabulary(docs: ReadonlyArray<Map<string, number>>): Vocabulary {
  const index = new Map<string, number>();
  const df: number[] = [];
  for (const counts of docs) {
    for (const gram of counts.keys()) {
      const f = index.get(gram);
      if (f === undefined) {
        index.set(gram, df.length);
        df.push(1);
      } else df[f]! += 1;
    }
  }
  // Smoothed IDF: an n-gram in every document still weighs 1, one in a single document about ln(N) + 1.
  const idf = Float32Array.from(df, (d) => Math.log((docs.length + 1) / (d + 1)) + 1);
  return { index, idf };
}

/** TF-IDF with a damped term frequency (1 + ln tf), scaled to unit length; n-grams not in the vocabulary are dropped. */
export function vectorize(counts: Map<string, number>, { index, idf }: Vocabulary): SparseVector {
  const features = new Int32Array(counts.size);
  const values = new Float32Array(counts.size);
  let n = 0;
  let norm = 0;
  for (const [gram, count] of counts) {
    const f = index.get(gram);
    if (f === undefined) continue;
    const v = (1 + Math.log(count)) * idf[f]!;
    features[n] = f;
    values[n] = v;
    norm += v * v;
    n++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < n; i++) values[i]! *= scale;
  return { features: features.subarray(0, n), values: values.subarray(0, n) };
}
