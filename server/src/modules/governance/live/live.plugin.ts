import type { FastifyInstance } from 'fastify';
import type { LiveBus } from './live-bus.ts';
import { endSseStreams } from './sse.ts';

/**
 * Makes the bus `app.live`. When the app closes, open SSE streams end first (an open stream would keep
 * app.close() waiting for the client), then the bus closes.
 */
export function registerLive(app: FastifyInstance, bus: LiveBus): void {
  app.decorate('live', bus);
  app.addHook('preClose', async () => endSseStreams(bus));
  app.addHook('onClose', async () => bus.close());
}
