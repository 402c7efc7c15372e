import { errorResponses, withConflict } from '@yimen/shared/common';
import {
  CreateEnterpriseBody,
  CreatePersonBody,
  EnterpriseEnvelope,
  EnterpriseList,
  EnterpriseListQuery,
  IdParams,
  LookupQuery,
  PersonDetailQuery,
  PersonEnvelope,
  PersonList,
  PersonListQuery,
} from '@yimen/shared/people';
import type { App } from '../../http.ts';
import { createEnterprise, getEnterprise, listEnterprises } from './enterprises.service.ts';
import { createPerson, getPerson, listPersons, lookupPerson } from './persons.service.ts';

const tags = ['people'];

/** Natural persons (encrypted ID numbers, purpose-bound reads) and enterprises (public credit codes). */
export default async function peopleRoutes(app: App): Promise<void> {
  app.post(
    '/persons',
    {
      schema: {
        tags,
        summary: 'Register a person; gender and birth date are read from the ID number',
        body: CreatePersonBody,
        response: { 201: PersonEnvelope, ...withConflict },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ person: await createPerson(app.db, app.pii, req.ctx, req.body) }),
  );

  // Declared before /persons/:id; find-my-way prefers the static segment anyway.
  app.get(
    '/persons/lookup',
    {
      schema: {
        tags,
        summary: 'Find a person by full ID number (blind index); the read and its purpose are recorded',
        querystring: LookupQuery,
        response: { 200: PersonEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ person: await lookupPerson(app.db, app.pii, req.ctx, req.query) }),
  );

  app.get(
    '/persons/:id',
    {
      schema: {
        tags,
        summary:
          'One person, masked; reveal=true with a caseRef shows the full ID number to clerks and approvers',
        params: IdParams,
        querystring: PersonDetailQuery,
        response: { 200: PersonEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ person: await getPerson(app.db, app.pii, req.ctx, req.params.id, req.query) }),
  );

  app.get(
    '/persons',
    {
      schema: {
        tags,
        summary: 'Persons in your jurisdiction by name prefix or area: names and masked ID numbers only',
        querystring: PersonListQuery,
        response: { 200: PersonList, ...errorResponses },
      },
    },
    async (req) => listPersons(app.db, req.ctx, req.query),
  );

  app.post(
    '/enterprises',
    {
      schema: {
        tags,
        summary: 'Register an enterprise (统一社会信用代码 checked per GB 32100)',
        body: CreateEnterpriseBody,
        response: { 201: EnterpriseEnvelope, ...withConflict },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ enterprise: await createEnterprise(app.db, app.pii, req.ctx, req.body) }),
  );

  app.get(
    '/enterprises',
    {
      schema: {
        tags,
        summary: 'Enterprises by credit code, part of the name or area',
        querystring: EnterpriseListQuery,
        response: { 200: EnterpriseList, ...errorResponses },
      },
    },
    async (req) => listEnterprises(app.db, req.ctx, req.query),
  );

  app.get(
    '/enterprises/:id',
    {
      schema: {
        tags,
        summary: 'One enterprise with its legal representative’s name and masked ID number',
        params: IdParams,
        response: { 200: EnterpriseEnvelope, ...errorResponses },
      },
    },
    async (req) => ({ enterprise: await getEnterprise(app.db, req.ctx, req.params.id) }),
  );
}
