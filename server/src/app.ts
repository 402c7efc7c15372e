import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { type App, ErrorBody } from './http.ts';
import appointmentRoutes from './modules/appointments/appointments.routes.ts';
import auditRoutes from './modules/audit/audit.routes.ts';
import calendarRoutes from './modules/calendar/calendar.routes.ts';
import type { Deadlines } from './modules/cases/case-context.ts';
import { caseJobs } from './modules/cases/cases.jobs.ts';
import caseRoutes from './modules/cases/cases.routes.ts';
import documentRoutes from './modules/cases/documents.routes.ts';
import ratingRoutes from './modules/cases/ratings.routes.ts';
import rectificationRoutes from './modules/cases/rectifications.routes.ts';
import catalogueRoutes from './modules/catalogue/catalogue.routes.ts';
import itemSearchRoutes from './modules/catalogue/item-search.routes.ts';
import { ItemSearch } from './modules/catalogue/item-search.service.ts';
import { SettableClock } from './modules/clock/settable-clock.ts';
import testClockRoutes from './modules/clock/test-clock.routes.ts';
import enterpriseAgentRoutes from './modules/enterprise-agents/enterprise-agents.routes.ts';
import type { GeoIndex } from './modules/geography/geo-index.ts';
import geographyRoutes from './modules/geography/geography.routes.ts';
import { eventPublisher } from './modules/governance/events/event-stream.ts';
import { sweepEventDeadlines } from './modules/governance/events/event-sweep.ts';
import governanceRoutes from './modules/governance/governance.routes.ts';
import { registerLive } from './modules/governance/live/live.plugin.ts';
import { createLiveBus } from './modules/governance/live/live-bus.ts';
import open311Routes from './modules/governance/open311/open311.routes.ts';
import { EventRouter } from './modules/governance/routing/event-router.ts';
import healthRoutes from './modules/health/health.routes.ts';
import apiTokenRoutes from './modules/identity/api-tokens.routes.ts';
import authRoutes from './modules/identity/auth.routes.ts';
import staffRoutes from './modules/identity/staff.routes.ts';
import messagesRoutes from './modules/messages/messages.routes.ts';
import organisationRoutes from './modules/organisation/organisation.routes.ts';
import peopleRoutes from './modules/people/people.routes.ts';
import type { PiiCipher } from './modules/people/pii-crypto.ts';
import supervisionRoutes from './modules/supervision/supervision.routes.ts';
import type { Verifier } from './modules/verification/verification.types.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerDocs } from './plugins/docs.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { httpErrors } from './plugins/http.errors.ts';
import { registerLogging } from './plugins/logging.ts';
import { registerValidation } from './plugins/validation.ts';
import { registerWeb } from './plugins/web.ts';
import { registerJob } from './scheduler.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  geo: GeoIndex;
  pii: PiiCipher;
  deadlines: Deadlines;
  verifier: Verifier;
  clock?: () => Date;
  /** A movable clock (tests; the demo with YIMEN_TEST_CLOCK); it becomes the app's clock. */
  testClock?: SettableClock;
}

/** Builds the whole application (no listening): used by main.ts and by every API test. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, db, geo, pii, deadlines, verifier } = deps;
  const testClock = deps.testClock ?? (config.testClock ? new SettableClock() : null);
  const app = Fastify({
    logger: registerLogging(config),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  app.decorate('config', config);
  app.decorate('db', db);
  app.decorate('geo', geo);
  app.decorate('pii', pii);
  app.decorate('deadlines', deadlines);
  app.decorate('clock', testClock?.now ?? deps.clock ?? (() => new Date()));
  app.decorate('testClock', testClock);
  app.decorate('itemSearch', new ItemSearch(db, config.districtCode));
  app.decorate('eventRouter', await EventRouter.load(db, geo, config.districtCode));
  registerLive(
    app,
    await createLiveBus(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl, log: app.log }
        : { kind: 'pglite', log: app.log },
    ),
  );
  app.decorate('publishEvent', eventPublisher(app));
  app.decorate('verifier', verifier);
  // Background work, one round every minute (main.ts) or when the demo clock moves: each module's jobs.
  for (const job of caseJobs) registerJob(job);
  // City-governance events share the working-time calendar and the scheduler.
  registerJob({ name: 'events', run: sweepEventDeadlines });
  app.addSchema(ErrorBody);
  registerValidation(app);
  registerErrorHandling(app);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-correlation-id', req.id);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.secureCookies,
  });
  await app.register(rateLimit, {
    global: false,
    // Sign-in and the public guide share this limit; the message fits both.
    errorResponseBuilder: () => httpErrors.tooManyRequests(),
  });
  registerAuth(app);
  await registerDocs(app);

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      const a = api as unknown as App;
      await authRoutes(a);
      await staffRoutes(a);
      await apiTokenRoutes(a);
      await organisationRoutes(a);
      await auditRoutes(a);
      await geographyRoutes(a);
      await peopleRoutes(a);
      await calendarRoutes(a);
      await catalogueRoutes(a);
      await itemSearchRoutes(a);
      await caseRoutes(a);
      await documentRoutes(a);
      await ratingRoutes(a);
      await rectificationRoutes(a);
      await supervisionRoutes(a);
      await testClockRoutes(a);
      await governanceRoutes(a);
      await messagesRoutes(a);
      await enterpriseAgentRoutes(a);
      await appointmentRoutes(a);
    },
    { prefix: '/api/v1' },
  );
  // Open311 GeoReport v2 answers in its own formats (JSON or XML, its own errors), outside the API's prefix.
  await app.register(async (scope) => open311Routes(scope as unknown as App));
  await registerWeb(app);
  return app;
}
