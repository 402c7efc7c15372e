import { useCallback, useEffect, useState } from 'react';
import { listDepartments } from '../api/staff.ts';
import type { Department } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

/** The department list for filters and forms; it is short and rarely changes, so it is loaded once. */
export function useDepartments(): Department[] {
  const [departments, setDepartments] = useState<Department[]>([]);
  useEffect(() => {
    let cancelled = false;
    listDepartments()
      .then((list) => !cancelled && setDepartments(list))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return departments;
}

/** Resolves a department id to its name in the current language (the id itself until the list has loaded). */
export function useDepartmentName(): (id: string | null | undefined) => string {
  const departments = useDepartments();
  const { departmentName } = useI18n();
  return useCallback(
    (id) => {
      if (!id) return '';
      const found = departments.find((d) => d.id === id);
      return found ? departmentName(found) : id;
    },
    [departments, departmentName],
  );
}
