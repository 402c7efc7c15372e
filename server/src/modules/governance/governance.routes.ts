import type { App } from '../../http.ts';
import componentsRoutes from './components/components.routes.ts';
import eventStreamRoutes from './events/event-stream.ts';
import eventRoutes from './events/events.routes.ts';
import indicatorRoutes from './indicators/indicators.routes.ts';
import governanceAdminRoutes from './routing/governance-admin.routes.ts';

/** Every route of the city-governance platform (一网统管), under /api/v1. */
export default async function governanceRoutes(app: App): Promise<void> {
  await componentsRoutes(app);
  await eventRoutes(app);
  await eventStreamRoutes(app);
  await indicatorRoutes(app);
  await governanceAdminRoutes(app);
}
