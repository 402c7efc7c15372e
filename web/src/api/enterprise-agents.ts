import { api } from './client.ts';

/** 法人授权经办人: the legal representative's authorizations and the agent's principals. */

import type {
  AgentEnterprise,
  AuthorizationView,
  GrantBodyT,
  RepresentedEnterprise,
} from '@yimen/shared/enterprise-agents';

export type { RepresentedEnterprise } from '@yimen/shared/enterprise-agents';
export type AgentAuthorization = AuthorizationView;
export type AgentPrincipal = AgentEnterprise;
export type GrantInput = GrantBodyT;

const base = (creditCode: string) =>
  `/api/v1/enterprise-agents/represented/${encodeURIComponent(creditCode)}/authorizations`;

/** Query keys of 企业经办人: the enterprises a user represents, their agents, the principals a user acts for. */
export const agentKeys = {
  all: ['enterprise-agents'] as const,
  represented: () => ['enterprise-agents', 'represented'] as const,
  authorizations: (creditCode: string) => ['enterprise-agents', 'authorizations', creditCode] as const,
  principals: () => ['enterprise-agents', 'principals'] as const,
};

export const listRepresented = (signal?: AbortSignal) =>
  api
    .get<{ items: RepresentedEnterprise[] }>('/api/v1/enterprise-agents/represented', undefined, signal)
    .then((r) => r.items);

export const listAuthorizations = (creditCode: string, signal?: AbortSignal) =>
  api.get<{ items: AgentAuthorization[] }>(base(creditCode), undefined, signal).then((r) => r.items);

export const grantAuthorization = (creditCode: string, input: GrantInput) =>
  api.post<{ authorization: AgentAuthorization }>(base(creditCode), input).then((r) => r.authorization);

export const revokeAuthorization = (creditCode: string, id: string) =>
  api
    .post<{ authorization: AgentAuthorization }>(`${base(creditCode)}/${id}/revoke`)
    .then((r) => r.authorization);

export const listPrincipals = (signal?: AbortSignal) =>
  api
    .get<{ items: AgentPrincipal[] }>('/api/v1/enterprise-agents/principals', undefined, signal)
    .then((r) => r.items);

/** The enterprises whose authorization covers the item: those the agent may apply for. */
export const principalsFor = (principals: readonly AgentPrincipal[], itemCode: string) =>
  principals.filter((p) => p.allItems || p.itemCodes.includes(itemCode));
