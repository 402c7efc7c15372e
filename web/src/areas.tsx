import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  DatabaseOutlined,
  DesktopOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  HomeOutlined,
  InboxOutlined,
  OrderedListOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  TeamOutlined,
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
    id: 'myDataUse',
    path: '/my/data-use',
    title: 'nav.myDataUse',
    description: 'area.myDataUse.desc',
    icon: <SafetyCertificateOutlined />,
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
    id: 'governance',
    path: '/governance',
    title: 'nav.governance',
    description: 'area.governance.desc',
    icon: <AppstoreOutlined />,
    card: true,
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
    id: 'data',
    path: '/data',
    title: 'nav.data',
    description: 'area.data.desc',
    icon: <DatabaseOutlined />,
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
];

export const areaById = (id: AreaId): Area => AREAS.find((area) => area.id === id)!;

export const openableAreas = (roles: readonly string[]): Area[] =>
  AREAS.filter((area) => canOpen(roles, area.id));
