import { App as AntApp } from 'antd';
import { lazy, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { SessionProvider } from './auth/AuthContext.tsx';
import type { AreaId } from './auth/access.ts';
import { NotFoundPage, RouteErrorPage } from './components/ErrorPage.tsx';
import { RequireRole } from './components/RequireRole.tsx';
import { I18nProvider } from './i18n/index.tsx';
import { GovernanceIndex } from './pages/governance/GovernanceIndex.tsx';
import { HomePage } from './pages/home/HomePage.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { PublicGate } from './pages/public/PublicGate.tsx';
import { ServiceIndex } from './pages/service/ServiceIndex.tsx';

// Heavier pages load on demand; the map brings ECharts with it.
const MapPage = lazy(() => import('./pages/geography/MapPage.tsx'));
const StaffPage = lazy(() => import('./pages/admin/StaffPage.tsx'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx'));
const WindowDeskPage = lazy(() => import('./pages/service/WindowDeskPage.tsx'));
const BookPage = lazy(() => import('./pages/portal/BookPage.tsx'));
const MyAppointmentsPage = lazy(() => import('./pages/portal/MyAppointmentsPage.tsx'));
const CasePage = lazy(() => import('./pages/service/CasePage.tsx'));
const QueuePage = lazy(() => import('./pages/service/QueuePage.tsx'));
const WindowWorkPage = lazy(() => import('./pages/service/WindowWorkPage.tsx'));
const SupervisionPage = lazy(() => import('./pages/service/SupervisionPage.tsx'));
const RectificationsPage = lazy(() => import('./pages/service/RectificationsPage.tsx'));
const GuidePage = lazy(() => import('./pages/service/GuidePage.tsx'));
const MyCasesPage = lazy(() => import('./pages/portal/MyCasesPage.tsx'));
const MyCasePage = lazy(() => import('./pages/portal/MyCasePage.tsx'));
const ApplyPage = lazy(() => import('./pages/portal/ApplyPage.tsx'));
const EnterpriseAgentsPage = lazy(() => import('./pages/portal/EnterpriseAgentsPage.tsx'));
const CommandPage = lazy(() => import('./pages/governance/CommandPage.tsx'));
const HotlinePage = lazy(() => import('./pages/governance/HotlinePage.tsx'));
const ImportPage = lazy(() => import('./pages/governance/ImportPage.tsx'));
const HandlerQueuePage = lazy(() => import('./pages/governance/HandlerQueuePage.tsx'));
const PatrolPage = lazy(() => import('./pages/governance/PatrolPage.tsx'));
const EventPage = lazy(() => import('./pages/governance/EventPage.tsx'));
const ReportPage = lazy(() => import('./pages/governance/ReportPage.tsx'));
const MyReportsPage = lazy(() => import('./pages/governance/MyReportsPage.tsx'));
const MyReportPage = lazy(() => import('./pages/governance/MyReportPage.tsx'));
const IndicatorsPage = lazy(() => import('./pages/governance/indicators/IndicatorsPage.tsx'));
const RulesPage = lazy(() => import('./pages/governance/admin/RulesPage.tsx'));
const TaxonomyPage = lazy(() => import('./pages/governance/admin/TaxonomyPage.tsx'));
const CatalogueListPage = lazy(() => import('./pages/catalogue/CatalogueListPage.tsx'));
const ItemAdminPage = lazy(() => import('./pages/catalogue/ItemAdminPage.tsx'));
const NewItemPage = lazy(() => import('./pages/catalogue/NewItemPage.tsx'));

const guarded = (path: string, area: AreaId, element: ReactNode) => ({
  path,
  element: <RequireRole area={area}>{element}</RequireRole>,
});

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <PublicGate />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      guarded('service', 'service', <ServiceIndex />),
      guarded('service/window', 'serviceWindow', <WindowDeskPage />),
      guarded('service/window-work', 'serviceWindowWork', <WindowWorkPage />),
      guarded('service/queue', 'serviceQueue', <QueuePage />),
      guarded('service/supervision', 'serviceSupervision', <SupervisionPage />),
      guarded('service/rectifications', 'serviceRectifications', <RectificationsPage />),
      guarded('service/cases/:id', 'serviceCase', <CasePage />),
      guarded('guide/:code', 'guide', <GuidePage />),
      guarded('gov', 'governance', <GovernanceIndex />),
      guarded('gov/command', 'govCommand', <CommandPage />),
      guarded('gov/hotline', 'govHotline', <HotlinePage />),
      guarded('gov/import', 'govImport', <ImportPage />),
      guarded('gov/queue', 'govQueue', <HandlerQueuePage />),
      guarded('gov/patrol', 'govPatrol', <PatrolPage />),
      guarded('gov/events/:id', 'govEvent', <EventPage />),
      guarded('gov/indicators', 'govIndicators', <IndicatorsPage />),
      guarded('gov/admin/rules', 'govRules', <RulesPage />),
      guarded('gov/admin/taxonomy', 'govTaxonomy', <TaxonomyPage />),
      // The address of the city-governance placeholder before its screens existed.
      { path: 'governance', element: <Navigate to="/gov" replace /> },
      guarded('map', 'map', <MapPage />),
      guarded('audit', 'audit', <AuditPage />),
      guarded('admin/staff', 'adminStaff', <StaffPage />),
      guarded('my/cases', 'myCases', <MyCasesPage />),
      guarded('my/cases/:id', 'myCases', <MyCasePage />),
      guarded('my/apply', 'myCases', <ApplyPage />),
      guarded('my/apply/:code', 'myCases', <ApplyPage />),
      guarded('my/enterprise-agents', 'enterpriseAgents', <EnterpriseAgentsPage />),
      guarded('my/appointments', 'myAppointments', <MyAppointmentsPage />),
      guarded('my/book/:code', 'myAppointments', <BookPage />),
      guarded('my/report', 'myReport', <ReportPage />),
      guarded('my/reports', 'myReports', <MyReportsPage />),
      guarded('my/reports/:id', 'myReports', <MyReportPage />),
      guarded('catalogue', 'catalogue', <CatalogueListPage />),
      guarded('catalogue/new', 'catalogueItem', <NewItemPage />),
      guarded('catalogue/items/:code', 'catalogueItem', <ItemAdminPage />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <I18nProvider>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </I18nProvider>
  );
}
