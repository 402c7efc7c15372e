import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.ts';
import { mulberry32 } from '../../geography/prng.ts';

let t: TestApp;
let base: string;
let citizen: Session;
let operator: Session;
let handler: Session;
let grid: string;
const rng = mulberry32(5);

beforeAll(async () => {
  t = await buildTestApp();
  citizen = await t.loginCitizen('13800138000');
  operator = await t.login('operator');
  handler = await t.login('handler');
  grid = await jurisdictionOf(t, 'gridworker');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t?.close());

interface Frame {
  event: string;
  data: {
    topic: string;
    data: {
      id: string;
      eventNo: string;
      unitId: string;
      className: string;
      routing: { reason: { zh: string } };
      reporter: unknown;
    };
  };
}

/** Opens the caller's live stream and collects its events until `until` says enough. */
async function listen(session: Session, until: (events: Frame[]) => boolean) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/gov/stream`, {
    headers: { cookie: session.cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: Frame[] = [];
  let buffer = '';
  const done = (async () => {
    while (!until(events)) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffer += decoder.decode(value, { stream: true });
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
        cut = buffer.indexOf('\n\n');
      }
    }
    controller.abort();
    return events;
  })();
  return done;
}

describe('the live stream of events', () => {
  it('shows a new report in the command centre and in the queue of the unit it was routed to, and not elsewhere', async () => {
    const [lng, lat] = t.app.geo.randomPointIn(grid, rng);
    const centre = listen(operator, (es) => es.some((e) => e.event === 'event.new'));
    const unit = listen(handler, (es) => es.some((e) => e.event === 'event.new'));
    // The streams are open before the report comes in.
    await new Promise((r) => setTimeout(r, 200));
    const reported = await t.request(citizen, {
      method: 'POST',
      url: '/api/v1/gov/events',
      payload: { description: '路口的垃圾桶倒了，垃圾撒了一地', lng, lat },
    });
    const e = reported.json().event;
    expect(e.unitId).toBe('uml');
    const [seen, queued] = await Promise.all([centre, unit]);
    const shown = seen.find((x) => x.event === 'event.new')!.data;
    expect(shown.data).toMatchObject({ id: e.id, eventNo: e.eventNo, unitId: 'uml', className: e.className });
    expect(shown.data.routing.reason.zh).toContain('责任清单');
    expect(queued.find((x) => x.event === 'event.new')!.data.data.id).toBe(e.id);
    // The live message names nobody: the reporter stays in the event, behind its access check.
    expect(shown.data.reporter).toBeNull();
  });

  it('refuses a stream to someone not signed in', async () => {
    const res = await fetch(`${base}/api/v1/gov/stream`);
    expect(res.status).toBe(401);
  });
});
