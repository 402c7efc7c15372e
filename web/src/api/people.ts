import { api } from './client.ts';

/** Registers a walk-in resident so a case can be opened for them (window clerks). */
export const registerPerson = (idNumber: string, name: string) =>
  api
    .post<{ person: { id: string; name: string } }>('/api/v1/persons', { idNumber, name })
    .then((r) => r.person);
