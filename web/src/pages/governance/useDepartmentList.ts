import { useQuery } from '@tanstack/react-query';
import { listDepartments } from '../../api/staff.ts';
import type { Department } from '../../api/types.ts';

const NONE: Department[] = [];

/** The department list for the governance filters and forms: short and rarely changed, so read once a visit. */
export function useDepartmentList(): Department[] {
  const { data } = useQuery({
    // The key the staff module gives the department list, so every screen shares one read.
    queryKey: ['departments'],
    queryFn: () => listDepartments(),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data ?? NONE;
}
