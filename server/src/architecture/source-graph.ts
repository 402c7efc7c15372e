import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A source file of the repository and what it imports at run time (type-only imports left out). */
export interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  text: string;
  /** Repository paths of the project files it imports at load time. */
  imports: string[];
}

const SOURCE = /\.(ts|tsx)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'data']);

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(join(dir, entry.name));
  }
}

// `import … from 'x'`, `export … from 'x'` and `import 'x'`, over several lines; `import type` / `export type` are
// erased by the compiler and cannot make a load-time cycle.
const STATIC_IMPORT = /^\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveImport(root: string, from: string, spec: string): string | null {
  if (spec.startsWith('@yimen/shared')) {
    const sub = spec.slice('@yimen/shared'.length).replace(/^\//, '') || 'index';
    return `packages/shared/src/${sub}.ts`;
  }
  if (!spec.startsWith('.')) return null;
  return relative(root, resolve(dirname(join(root, from)), spec)).replaceAll('\\', '/');
}

/** Reads every .ts/.tsx file under the given folders (repository-relative) with its load-time imports. */
export function readSources(root: string, folders: string[]): SourceFile[] {
  const files: string[] = [];
  for (const folder of folders) walk(join(root, folder), files);
  return files.map((abs) => {
    const path = relative(root, abs).replaceAll('\\', '/');
    const text = readFileSync(abs, 'utf8');
    const imports: string[] = [];
    for (const m of text.matchAll(STATIC_IMPORT)) {
      if (m[2]) continue;
      const target = resolveImport(root, path, m[4] ?? '');
      if (target) imports.push(target);
    }
    return { path, text, imports };
  });
}

/**
 * The import cycles among `files`: each strongly connected group of two or more files (or a file importing
 * itself), found with Tarjan's algorithm, listed in a stable order.
 */
export function importCycles(files: SourceFile[]): string[][] {
  const edges = new Map(files.map((f) => [f.path, f.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let next = 0;

  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (edges.get(v) ?? []).includes(v)) groups.push(group.sort());
    }
  };
  for (const f of [...edges.keys()].sort()) if (!index.has(f)) visit(f);
  return groups.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
