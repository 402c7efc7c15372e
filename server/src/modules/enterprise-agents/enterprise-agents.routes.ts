import { errorResponse, errorResponses } from '@yimen/shared/common';
import {
  AgentEnterpriseList,
  AuthorizationEnvelope,
  AuthorizationList,
  CreditCodeParams,
  GrantBody,
  RepresentedList,
  RevokeParams,
} from '@yimen/shared/enterprise-agents';
import type { App } from '../../http.ts';
import {
  agentEnterprises,
  type EnterpriseAgentDeps,
  grantAuthorization,
  listAuthorizations,
  representedEnterprises,
  revokeAgentAuthorization,
} from './enterprise-agents.service.ts';

const tags = ['enterprise-agents'];
const withUnavailable = { ...errorResponses, 503: errorResponse };

/** 法人授权经办人: legal representatives authorize agents; agents see who authorizes them. */
export default async function enterpriseAgentRoutes(app: App): Promise<void> {
  const deps = (): EnterpriseAgentDeps => ({
    db: app.db,
    pii: app.pii,
    verifier: app.verifier,
    now: app.clock,
  });

  app.get(
    '/enterprise-agents/represented',
    {
      schema: {
        tags,
        summary:
          'Enterprises whose legal representative the business register confirms the signed-in citizen to be',
        response: { 200: RepresentedList, ...withUnavailable },
      },
    },
    async (req) => ({ items: await representedEnterprises(deps(), req.ctx) }),
  );

  app.get(
    '/enterprise-agents/represented/:creditCode/authorizations',
    {
      schema: {
        tags,
        summary: 'The enterprise’s agent authorizations (its legal representative only)',
        params: CreditCodeParams,
        response: { 200: AuthorizationList, ...withUnavailable },
      },
    },
    async (req) => ({ items: await listAuthorizations(deps(), req.ctx, req.params.creditCode) }),
  );

  app.post(
    '/enterprise-agents/represented/:creditCode/authorizations',
    {
      schema: {
        tags,
        summary: 'Authorize an agent’s phone for all items or a list of items, until validUntil',
        params: CreditCodeParams,
        body: GrantBody,
        response: { 201: AuthorizationEnvelope, ...withUnavailable },
      },
    },
    async (req, reply) =>
      reply.status(201).send({
        authorization: await grantAuthorization(deps(), req.ctx, req.params.creditCode, req.body),
      }),
  );

  app.post(
    '/enterprise-agents/represented/:creditCode/authorizations/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an authorization; it stops at once',
        params: RevokeParams,
        response: { 200: AuthorizationEnvelope, ...withUnavailable },
      },
    },
    async (req) => ({
      authorization: await revokeAgentAuthorization(deps(), req.ctx, req.params.creditCode, req.params.id),
    }),
  );

  app.get(
    '/enterprise-agents/principals',
    {
      schema: {
        tags,
        summary: 'The enterprises that authorize the signed-in phone now, with the items covered',
        response: { 200: AgentEnterpriseList, ...errorResponses },
      },
    },
    async (req) => ({ items: await agentEnterprises(deps(), req.ctx) }),
  );
}
