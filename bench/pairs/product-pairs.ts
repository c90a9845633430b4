import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Types } from 'mongoose';
import sharp from 'sharp';
import { Application } from '../../server/applications/application-model';
import { households } from '../households';
import type { Pair } from './pair';

const PLACES = ['chaohu', 'huaiyang', 'yichun', 'dengkou', 'jiamusi'];
const BOUNDARY = '----bench-boundary-7d1f';
const json = { 'content-type': 'application/json', 'accept-language': 'zh-CN' };

/** Round-robin over a list, per request. */
function cycle<T>(items: T[]) {
  let next = 0;
  return () => items[next++ % items.length]!;
}

const household = (n: number) => ({
  members: [
    { name: '巴特尔', facts: { relation: 'self', age: 60 + (n % 20), workCapacity: 'unable' } },
    { name: '其其格', facts: { relation: 'spouse', age: 58 } },
  ],
  household: { residenceArea: 'rural', incomes: [{ kind: 'wages', monthly: 1000 * (n % 50) }] },
});

function multipart(photo: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="materialId"\r\n\r\nhonesty_declaration\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    ),
    photo,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

export const statusRead: Pair = {
  name: 'status read (GET …/:id/timeline, audited) vs findOne by id',
  target: { minRatio: 0.6, maxP99Ms: 150 },
  ceilingRoutes: (router) =>
    router.get('/ceiling/find/:id', async (ctx) => {
      ctx.body = await Application.collection.findOne({ _id: new Types.ObjectId(ctx.params.id) });
    }),
  setup: ({ resident }) => {
    const ids = resident.drafts.map((d) => d.id);
    const pick = cycle(ids);
    const auth = { authorization: `Bearer ${resident.token}` };
    return {
      product: {
        method: 'GET',
        path: '/',
        headers: auth,
        setupRequest: (req) => ({ ...req, path: `/api/v1/applications/${pick()}/timeline` }),
      },
      ceiling: {
        method: 'GET',
        path: '/',
        setupRequest: (req) => ({ ...req, path: `/ceiling/find/${pick()}` }),
      },
    };
  },
};

export const statusRead200: Pair = {
  ...statusRead,
  name: 'status read at 200 concurrent clients',
  target: { maxP99Ms: 500 },
  connections: 200,
  ceilingRoutes: undefined,
};

export const screening: Pair = {
  name: 'screening (POST /api/v1/screenings) vs echoing the same answer',
  target: { minRatio: 0.4, maxP99Ms: 20 },
  ceilingRoutes: (router) =>
    router.post('/ceiling/echo', (ctx) => {
      ctx.body = ctx.request.body;
    }),
  // The ceiling is what the issue names: a bare route sending back the answer the product gives, so both move
  // the same bytes out (the answer is larger than the household and mostly Chinese). It receives that answer as
  // its body, to have something to send: it parses a little more than the product, never less.
  setup: async ({ productUrl }) => {
    const requests = [...households(500)].map((h, i) =>
      JSON.stringify({ jurisdiction: PLACES[i % PLACES.length], household: h, asOf: '2026-03-01' }),
    );
    const answers: string[] = [];
    for (const body of requests) {
      const res = await fetch(`${productUrl}/api/v1/screenings`, { method: 'POST', headers: json, body });
      if (!res.ok) throw new Error(`screening for the echo: ${res.status} ${await res.text()}`);
      answers.push(await res.text());
    }
    const load = (path: string, bodies: string[]) => {
      const pick = cycle(bodies);
      return {
        method: 'POST' as const,
        path,
        headers: json,
        setupRequest: (req: { path: string; headers: Record<string, string> }) => ({ ...req, body: pick() }),
      };
    };
    return { product: load('/api/v1/screenings', requests), ceiling: load('/ceiling/echo', answers) };
  },
};

export const draftSave: Pair = {
  name: 'draft save (PUT …/:id/household) vs bare updateOne',
  ceilingRoutes: (router) =>
    router.put('/ceiling/update/:id', async (ctx) => {
      const body = ctx.request.body as { members: unknown; household: unknown };
      // A counter of its own rather than `revision`, which would make every draft stale for the product's next turn.
      await Application.collection.updateOne(
        { _id: new Types.ObjectId(ctx.params.id) },
        { $set: { members: body.members, household: body.household }, $inc: { ceilingWrites: 1 } },
      );
      ctx.body = { ok: true };
    }),
  setup: ({ resident, productUrl }) => {
    // Round robin over 200 drafts, each sent with the revision its last answer gave, as an app would; and as an
    // app would, a save refused as stale (another save of the draft came first, or its answer was cut off when
    // a run ended) reloads the draft to learn its revision.
    const byId = new Map(resident.drafts.map((d) => [d.id, d]));
    const pick = cycle(resident.drafts);
    const reload = (draft: { id: string; revision: number }) =>
      fetch(`${productUrl}/api/v1/applications/${draft.id}`, {
        headers: { authorization: `Bearer ${resident.token}` },
      })
        .then((r) => r.json() as Promise<{ revision: number }>)
        .then(({ revision }) => (draft.revision = Math.max(draft.revision, revision)))
        .catch(() => undefined);
    let n = 0;
    return {
      product: {
        method: 'PUT',
        path: '/',
        headers: { ...json, authorization: `Bearer ${resident.token}` },
        setupRequest: (req, context) => {
          const draft = pick();
          context.draft = draft;
          return {
            ...req,
            path: `/api/v1/applications/${draft.id}/household`,
            body: JSON.stringify({ revision: draft.revision, ...household(n++) }),
          };
        },
        onResponse: (status, body, context) => {
          const sent = context.draft as { id: string; revision: number };
          if (status === 409) void reload(sent);
          if (status !== 200) return;
          const saved = JSON.parse(body) as { id: string; revision: number };
          const draft = byId.get(saved.id);
          if (draft) draft.revision = Math.max(draft.revision, saved.revision);
        },
      },
      ceiling: {
        method: 'PUT',
        path: '/',
        headers: json,
        setupRequest: (req) => ({
          ...req,
          path: `/ceiling/update/${pick().id}`,
          body: JSON.stringify(household(n++)),
        }),
      },
    };
  },
};

export const upload: Pair = {
  name: 'upload (POST …/:id/attachments, a 640×480 photo) vs writing the same bytes',
  ceilingRoutes: (router) => {
    let n = 0;
    router.post('/ceiling/write', async (ctx) => {
      await pipeline(
        ctx.req,
        createWriteStream(path.join(os.tmpdir(), `ceiling-upload-${process.pid}-${n++ % 64}`)),
      );
      ctx.body = { ok: true };
    });
  },
  setup: async ({ resident, uploadDrafts }) => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#7a5230' } })
      .jpeg({ quality: 85 })
      .toBuffer();
    const body = multipart(photo);
    const headers = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
    const pick = cycle(uploadDrafts);
    let key = 0;
    return {
      product: {
        method: 'POST',
        path: '/',
        headers: { ...headers, authorization: `Bearer ${resident.token}` },
        body,
        setupRequest: (req) => ({
          ...req,
          path: `/api/v1/applications/${pick()}/attachments`,
          headers: { ...req.headers, 'idempotency-key': `bench-${process.pid}-${key++}` },
        }),
      },
      ceiling: { method: 'POST', path: '/ceiling/write', headers, body },
    };
  },
};

export const inbox: Pair = {
  name: 'township inbox page (GET /api/v1/cases, 50 of ~3,400 cases, every page in turn) vs findOne by id',
  target: { maxP99Ms: 50 },
  connections: 20,
  setup: ({ township }) => {
    const pages = Math.ceil(township.cases / 50);
    let page = 0;
    const pick = cycle(township.caseIds);
    return {
      product: {
        method: 'GET',
        path: '/',
        headers: { authorization: `Bearer ${township.token}` },
        setupRequest: (req) => ({ ...req, path: `/api/v1/cases?size=50&page=${(page++ % pages) + 1}` }),
      },
      ceiling: {
        method: 'GET',
        path: '/',
        setupRequest: (req) => ({ ...req, path: `/ceiling/find/${pick()}` }),
      },
    };
  },
};
