import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files first, so that two workers finish together: browser journeys, then API files, then unit files. */
const PROJECT_ORDER = ['e2e', 'api-postgres', 'api-pglite', 'unit'];

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (s: TestSpecification) => {
      const i = PROJECT_ORDER.indexOf(s.project.name);
      return i === -1 ? PROJECT_ORDER.length : i;
    };
    // Array.prototype.sort is stable: within a project the base order (slowest or largest first) stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
