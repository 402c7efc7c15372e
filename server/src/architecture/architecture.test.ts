import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, readSources } from './source-graph.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = readSources(root, ['packages/shared/src', 'server/src', 'web/src', 'e2e', 'bench', 'test']);
const server = sources.filter((f) => f.path.startsWith('server/src/') && !/\.test\.ts$/.test(f.path));

/** SQL text: a query call, or a string that starts a statement. */
const SQL =
  /\.query\(|`\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH)\b[\s\S]*?`|['"](SELECT|INSERT INTO|DELETE FROM) /;
/** Where SQL belongs: a module's repository, its seed, the database layer, the demo generator. */
const SQL_HOMES = /\.(repo|seed)\.ts$|^server\/src\/db\/|^server\/src\/modules\/demo\//;
/** SQL outside a repository on purpose: the live bus's LISTEN/NOTIFY is the bus itself, not a module's data. */
const SQL_ELSEWHERE = new Set<string>(['server/src/modules/governance/live/pg-live-bus.ts']);

describe('the shape of the code (docs/ARCHITECTURE.md)', () => {
  it('has no import cycle among the files loaded at run time', () => {
    expect(importCycles(sources)).toEqual([]);
  });

  it('keeps SQL in repositories, seeds and the database layer', () => {
    const elsewhere = server
      .filter((f) => SQL.test(f.text) && !SQL_HOMES.test(f.path))
      .map((f) => f.path)
      .filter((p) => !SQL_ELSEWHERE.has(p));
    expect(elsewhere).toEqual([]);
  });

  it('has routes call services, not repositories', () => {
    const routesOnRepos = server
      .filter((f) => f.path.endsWith('.routes.ts') && f.imports.some((i) => i.endsWith('.repo.ts')))
      .map((f) => f.path);
    expect(routesOnRepos).toEqual([]);
  });

  it('keeps HTTP out of services and repositories', () => {
    const http = server
      .filter(
        (f) =>
          /\.(service|repo)\.ts$/.test(f.path) &&
          /from ['"]fastify['"]|FastifyReply|FastifyRequest/.test(f.text),
      )
      .map((f) => f.path);
    expect(http).toEqual([]);
  });

  it('lists as an exception only a file that really holds SQL', () => {
    const stillSql = new Set(server.filter((f) => SQL.test(f.text)).map((f) => f.path));
    expect([...SQL_ELSEWHERE].filter((p) => !stillSql.has(p))).toEqual([]);
  });
});

describe('importCycles', () => {
  const file = (path: string, imports: string[]) => ({ path, text: '', imports });
  it('finds a cycle of two and of three, and nothing in a tree', () => {
    expect(
      importCycles([
        file('a', ['b']),
        file('b', ['a']),
        file('c', ['d']),
        file('d', ['e']),
        file('e', ['c']),
      ]),
    ).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
    expect(importCycles([file('a', ['b', 'c']), file('b', ['c']), file('c', [])])).toEqual([]);
  });
});
