import { useEffect, useState } from 'react';
import { listDepartments } from '../../api/staff.ts';
import type { Department } from '../../api/types.ts';

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
