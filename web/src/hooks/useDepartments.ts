import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { departmentsQuery } from '../api/staff.ts';
import type { Department } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

const NONE: Department[] = [];

/** The department list for filters and forms (empty until it has loaded, or when it cannot be read). */
export function useDepartments(): Department[] {
  return useQuery(departmentsQuery()).data ?? NONE;
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
