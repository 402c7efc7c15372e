import { useMemo } from 'react';
import { useDepartments } from '../../../hooks/useDepartments.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { useTaxonomy } from '../useTaxonomy.ts';
import type { GroupNames } from './indicator-format.ts';

/** Unit and class names in the current language (the server names groups in Chinese). */
export function useGroupNames(): GroupNames {
  const { t, locale, departmentName } = useI18n();
  const departments = useDepartments();
  const { taxonomy } = useTaxonomy();
  return useMemo<GroupNames>(() => {
    const units = new Map(departments.map((d) => [d.id, departmentName(d)]));
    const classes = new Map<string, string>();
    for (const c of [...(taxonomy?.majors ?? []), ...(taxonomy?.minors ?? [])]) classes.set(c.code, c.nameEn);
    return {
      lang: locale === 'en-US' ? 'en' : 'zh',
      unit: (id) => units.get(id),
      classEn: (code) => classes.get(code) || undefined,
      undispatched: t('gov.ind.undispatched'),
      total: t('gov.ind.total'),
      weekOf: (date) => t('gov.ind.weekOf', { date }),
    };
  }, [departments, taxonomy, locale, departmentName, t]);
}
