import type { ItemDefinitionT } from '../item-definition.ts';
import { ENTERPRISE_ITEMS } from './real-items-enterprises.ts';
import { LICENCE_ITEMS } from './real-items-licences.ts';
import { PERSON_ITEMS } from './real-items-persons.ts';
import { URBAN_ITEMS } from './real-items-urban.ts';
import { WELFARE_ITEMS } from './real-items-welfare.ts';

/**
 * The 31 real service items of Chancheng District with their materials, time limits and legal bases, as Guangdong
 * publishes them (广东政务服务网 guides), written from those facts. Code patterns are documented in
 * `real-items-shared.ts`; each item's `source` names its guide and marks reference values with 参照.
 */
export const REAL_ITEMS: ItemDefinitionT[] = [
  ...PERSON_ITEMS,
  ...WELFARE_ITEMS,
  ...ENTERPRISE_ITEMS,
  ...LICENCE_ITEMS,
  ...URBAN_ITEMS,
];
