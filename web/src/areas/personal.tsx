import {
  CalendarOutlined,
  CameraOutlined,
  FileSearchOutlined,
  HomeOutlined,
  ProfileOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Area } from './area.ts';

/** The home page and what citizens and enterprises do for themselves (我的办件, 我的上报, 预约, 经办人). */
export const PERSONAL_AREAS: readonly Area[] = [
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
];
