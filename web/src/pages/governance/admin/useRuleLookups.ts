import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Taxonomy } from '../../../api/governance.ts';
import { useDepartments } from '../../../hooks/useDepartments.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { taxonomyQuery } from '../useTaxonomy.ts';
import { areaPaths, areaTree, classPatternLabel, classPatternTree } from './pickers.ts';
import type { RuleLookups } from './RulesTable.tsx';
import { useAreaLists } from './useAreaPicker.ts';

/** What the lines name when the classes could not be read: codes only. */
const NO_CLASSES: Taxonomy = { majors: [], minors: [] };

/** The classes, areas and units the lines name, with their labels in the current language. */
export function useRuleLookups(): RuleLookups & { taxonomy: Taxonomy | null } {
  const { t, locale, departmentName } = useI18n();
  const departments = useDepartments();
  const { areas } = useAreaLists();
  // Read again on every visit: the taxonomy may have just been edited on its own screen.
  const read = useQuery({ ...taxonomyQuery(), refetchOnMount: 'always' });
  const taxonomy = read.data ?? (read.isError ? NO_CLASSES : null);
  const lang = locale === 'en-US' ? 'en' : 'zh';
  const all = t('gov.rules.allClasses');
  const whole = t('gov.rules.wholeDistrict');
  return useMemo(() => {
    const paths = areas
      ? areaPaths(areas.streets, areas.communities, areas.grids)
      : new Map<string, string>();
    const units = new Map(departments.map((d) => [d.id, departmentName(d)]));
    return {
      taxonomy,
      classTree: taxonomy ? classPatternTree(taxonomy, lang, all) : [],
      areaTree: areas ? areaTree(areas.streets, areas.communities, areas.grids, whole) : [],
      departments,
      classLabel: (pattern) => classPatternLabel(taxonomy, pattern, lang, all),
      areaLabel: (code) => (code ? (paths.get(code) ?? code) : whole),
      unitLabel: (unitId) => units.get(unitId) ?? unitId,
    };
  }, [taxonomy, areas, departments, departmentName, lang, all, whole]);
}
