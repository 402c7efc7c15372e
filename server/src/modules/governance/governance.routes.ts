import type { App } from '../../http.ts';
import eventRoutes from './events/events.routes.ts';

/** Every route of the city-governance platform (一网统管), under /api/v1. */
export default async function governanceRoutes(app: App): Promise<void> {
  await eventRoutes(app);
}
