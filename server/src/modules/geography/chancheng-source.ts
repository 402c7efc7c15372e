import { readFileSync } from 'node:fs';
import type { PolygonGeometry } from './geo-types.ts';

/**
 * The real names, codes and boundary of 禅城区, extracted once from two npm packages by extract-source.ts
 * and committed as data/chancheng-source.json, so the app never reads the 85 MB package files at run time.
 */
export interface ChanchengSource {
  note: string;
  sources: {
    divisions: PackageCitation;
    boundary: PackageCitation & { featureId: string; cleaning: string };
  };
  district: { code: string; name: string; boundary: PolygonGeometry };
  streets: SourceStreet[];
  communities: SourceCommunity[];
}

export interface PackageCitation {
  package: string;
  version: string;
  license: string;
  repository: string;
  files: string[];
}

export interface SourceStreet {
  code: string;
  name: string;
}

export interface SourceCommunity {
  code: string;
  /** As published, e.g. 澜石社区居委会 or 河宕村民委员会. */
  name: string;
  /** The area rather than its committee, e.g. 澜石社区, 河宕村. */
  shortName: string;
  streetCode: string;
}

export const SOURCE_FILE = new URL('./data/chancheng-source.json', import.meta.url);

/** Reads the committed extract. */
export function loadChanchengSource(): ChanchengSource {
  return JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as ChanchengSource;
}
