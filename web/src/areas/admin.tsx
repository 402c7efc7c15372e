import {
  AuditOutlined,
  BookOutlined,
  NodeIndexOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Area } from './area.ts';

/** Oversight and administration: the audit trail, staff, routing rules, the taxonomy, the catalogue. */
export const ADMIN_AREAS: readonly Area[] = [
  {
    id: 'audit',
    path: '/audit',
    title: 'nav.audit',
    description: 'area.audit.desc',
    icon: <AuditOutlined />,
    card: true,
  },
  {
    id: 'adminStaff',
    path: '/admin/staff',
    title: 'nav.adminStaff',
    description: 'area.adminStaff.desc',
    icon: <TeamOutlined />,
    group: 'admin',
    card: true,
  },
  {
    id: 'govRules',
    path: '/gov/admin/rules',
    title: 'nav.govRules',
    description: 'area.govRules.desc',
    icon: <NodeIndexOutlined />,
    group: 'admin',
    card: true,
  },
  {
    id: 'govTaxonomy',
    path: '/gov/admin/taxonomy',
    title: 'nav.govTaxonomy',
    description: 'area.govTaxonomy.desc',
    icon: <TagsOutlined />,
    group: 'admin',
    card: true,
  },
  {
    id: 'catalogue',
    path: '/catalogue',
    title: 'nav.catalogue',
    description: 'area.catalogue.desc',
    icon: <BookOutlined />,
    group: 'admin',
    card: true,
  },
  {
    id: 'catalogueItem',
    path: '/catalogue/items',
    title: 'nav.catalogue',
    icon: <BookOutlined />,
    group: 'admin',
    card: false,
    inMenu: false,
  },
];
