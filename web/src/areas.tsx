import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CameraOutlined,
  CompassOutlined,
  DesktopOutlined,
  DislikeOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  HomeOutlined,
  ImportOutlined,
  InboxOutlined,
  NodeIndexOutlined,
  OrderedListOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ReadOutlined,
  ShopOutlined,
  TagsOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { type AreaId, canOpen } from './auth/access.ts';
import type { MessageKey } from './i18n/index.tsx';

/** The areas of the web client: one entry per menu item, home card and guarded route. */
export interface Area {
  id: AreaId;
  path: string;
  title: MessageKey;
  description?: MessageKey;
  icon: ReactNode;
  /** Shown under this menu group: the one-window service's screens, or administration. */
  group?: 'service' | 'admin';
  /** A card on the home page. */
  card: boolean;
  /** Pages reached from other pages (one case, one guide) have no menu entry of their own. */
  inMenu?: false;
}

export const AREAS: readonly Area[] = [
  { id: 'home', path: '/', title: 'nav.home', icon: <HomeOutlined />, card: false },
  {
    id: 'myCases',
    path: '/my/cases',
    title: 'nav.myCases',
    description: 'area.myCases.desc',
    icon: <FileSearchOutlined />,
    card: true,
  },
  {
    id: 'myReport',
    path: '/my/report',
    title: 'nav.myReport',
    description: 'area.myReport.desc',
    icon: <CameraOutlined />,
    card: true,
  },
  {
    id: 'myReports',
    path: '/my/reports',
    title: 'nav.myReports',
    description: 'area.myReports.desc',
    icon: <ProfileOutlined />,
    card: true,
  },
  {
    id: 'myAppointments',
    path: '/my/appointments',
    title: 'nav.myAppointments',
    description: 'area.myAppointments.desc',
    icon: <CalendarOutlined />,
    card: true,
  },
  {
    id: 'enterpriseAgents',
    path: '/my/enterprise-agents',
    title: 'nav.enterpriseAgents',
    description: 'area.enterpriseAgents.desc',
    icon: <TeamOutlined />,
    card: true,
  },
  {
    id: 'service',
    path: '/service',
    title: 'nav.service',
    description: 'area.service.desc',
    icon: <ShopOutlined />,
    // Its screens have their own cards and sit under it in the menu.
    card: false,
  },
  {
    id: 'serviceWindow',
    path: '/service/window',
    title: 'nav.serviceWindow',
    description: 'area.serviceWindow.desc',
    icon: <DesktopOutlined />,
    group: 'service',
    card: true,
  },
  {
    id: 'serviceWindowWork',
    path: '/service/window-work',
    title: 'nav.serviceWindowWork',
    description: 'area.serviceWindowWork.desc',
    icon: <InboxOutlined />,
    group: 'service',
    card: true,
  },
  {
    id: 'serviceQueue',
    path: '/service/queue',
    title: 'nav.serviceQueue',
    description: 'area.serviceQueue.desc',
    icon: <OrderedListOutlined />,
    group: 'service',
    card: true,
  },
  {
    id: 'serviceSupervision',
    path: '/service/supervision',
    title: 'nav.serviceSupervision',
    description: 'area.serviceSupervision.desc',
    icon: <AlertOutlined />,
    group: 'service',
    card: true,
  },
  {
    id: 'serviceRectifications',
    path: '/service/rectifications',
    title: 'nav.serviceRectifications',
    description: 'area.serviceRectifications.desc',
    icon: <DislikeOutlined />,
    group: 'service',
    card: true,
  },
  {
    id: 'serviceCase',
    path: '/service/cases',
    title: 'case.title',
    icon: <FileSearchOutlined />,
    group: 'service',
    card: false,
    inMenu: false,
  },
  {
    id: 'guide',
    path: '/guide',
    title: 'guide.title',
    icon: <ReadOutlined />,
    card: false,
    inMenu: false,
  },
  {
    // /gov leads to the user's own governance screen; the screens have their own menu entries and cards.
    id: 'governance',
    path: '/gov',
    title: 'nav.governance',
    description: 'area.governance.desc',
    icon: <AppstoreOutlined />,
    card: false,
    inMenu: false,
  },
  {
    id: 'govCommand',
    path: '/gov/command',
    title: 'nav.govCommand',
    description: 'area.govCommand.desc',
    icon: <AlertOutlined />,
    card: true,
  },
  {
    id: 'govHotline',
    path: '/gov/hotline',
    title: 'nav.govHotline',
    description: 'area.govHotline.desc',
    icon: <PhoneOutlined />,
    card: true,
  },
  {
    id: 'govImport',
    path: '/gov/import',
    title: 'nav.govImport',
    description: 'area.govImport.desc',
    icon: <ImportOutlined />,
    card: true,
  },
  {
    id: 'govQueue',
    path: '/gov/queue',
    title: 'nav.govQueue',
    description: 'area.govQueue.desc',
    icon: <ToolOutlined />,
    card: true,
  },
  {
    id: 'govPatrol',
    path: '/gov/patrol',
    title: 'nav.govPatrol',
    description: 'area.govPatrol.desc',
    icon: <CompassOutlined />,
    card: true,
  },
  {
    id: 'govIndicators',
    path: '/gov/indicators',
    title: 'nav.govIndicators',
    description: 'area.govIndicators.desc',
    icon: <BarChartOutlined />,
    card: true,
  },
  {
    id: 'govEvent',
    path: '/gov/events',
    title: 'gov.detail.title',
    icon: <FileSearchOutlined />,
    card: false,
    inMenu: false,
  },
  {
    id: 'map',
    path: '/map',
    title: 'nav.map',
    description: 'area.map.desc',
    icon: <EnvironmentOutlined />,
    card: true,
  },
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

export const areaById = (id: AreaId): Area => AREAS.find((area) => area.id === id)!;

export const openableAreas = (roles: readonly string[]): Area[] =>
  AREAS.filter((area) => canOpen(roles, area.id));
