import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Application, type ApplicationDoc } from '../applications/application-model';
import { loadApplication } from '../applications/drafts';
import { trackingOf, trackingSchema } from '../applications/tracking';
import { appendAudit } from '../audit/audit-log';
import { chinaToday } from '../calendar/china-date';
import type { Config } from '../config';
import { AppError } from '../http/errors';
import type { Routes } from '../http/route';
import { packFor } from '../policy/packs';
import { screeningRequestSchema } from '../policy/service';
import { randomChars } from '../reports/receipt';
import { changeBindings, MAX_BINDINGS } from './bindings';

const CODE_LENGTH = 8; // 31^8 ≈ 8.5 × 10^11, single use, minutes long, rate-limited

const codeSchema = z
  .string()
  .max(20)
  .transform((v) => v.replace(/[\s-]+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/, 'validation:chatCode'));
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'validation:chatToken');

const codeAnswerSchema = z.object({
  code: z.string().describe('Eight characters to type or say; single use'),
  expiresInSeconds: z.number().int(),
});

/**
 * The chat bot's links to the rest of the product. Pre-screen hand-off: what a resident told the bot, kept in
 * Redis under a short code for the mini-program to pick up once. Case binding: the applicant asks for a code in
 * the mini-program and gives it to the bot with the case number; the bot gets a credential that reads that one
 * case's timeline and nothing else, and the case's updates are pushed to the chat (see chat-push.ts).
 */
export function chatRoutes(routes: Routes, config: Config): void {
  const codeRateLimit = { name: 'chat-code', limit: config.CHAT_CODE_RATE_LIMIT, windowSeconds: 3600 };

  routes.add({
    method: 'post',
    path: '/api/v1/handoffs',
    operationId: 'createHandoff',
    errors: { 404: ['unknown_jurisdiction'] },
    summary:
      'Keep a pre-screen’s household under a short code, so the mini-program can pick it up and nobody types it twice',
    tags: ['chat'],
    access: 'public',
    rateLimit: codeRateLimit,
    body: z.strictObject({ screening: screeningRequestSchema }),
    response: { status: 201, description: 'The code and how long it is valid', schema: codeAnswerSchema },
    handler: async ({ body, koa }) => {
      const { redis, crypto, packs } = koa.deps;
      packFor(packs, body.screening.jurisdiction);
      const code = randomChars(CODE_LENGTH);
      const sealed = crypto.encrypt(JSON.stringify(body.screening));
      await redis.set(`handoff:${code}`, sealed, 'EX', config.HANDOFF_TTL_SECONDS);
      return { code, expiresInSeconds: config.HANDOFF_TTL_SECONDS };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/handoffs/:code',
    operationId: 'takeHandoff',
    errors: { 404: ['handoff_not_found'] },
    summary: 'Pick up a pre-screen handed off from the chat, once: the code is spent by reading it',
    tags: ['chat'],
    access: 'public',
    rateLimit: codeRateLimit,
    params: z.strictObject({ code: codeSchema }),
    response: {
      description: 'The screening request as the chat made it',
      schema: z.object({ screening: screeningRequestSchema }),
    },
    handler: async ({ params, koa }) => {
      const sealed = await koa.deps.redis.getdel(`handoff:${params.code}`);
      if (!sealed) throw new AppError(404, 'handoff_not_found');
      return { screening: screeningRequestSchema.parse(JSON.parse(koa.deps.crypto.decrypt(sealed))) };
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/applications/:id/chat-code',
    operationId: 'createChatCode',
    errors: { 409: ['case_not_submitted'] },
    summary: 'A short-lived code the applicant gives the chat bot to follow this case in a chat',
    tags: ['chat', 'applications'],
    access: { allow: ['resident'], scope: ({ params }) => loadApplication(params.id) },
    params: z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/) }),
    response: {
      status: 201,
      description: 'The code, with the case number to give alongside it',
      schema: codeAnswerSchema.extend({ caseNumber: z.string() }),
    },
    handler: async ({ record: app, koa, audit }) => {
      if (!app.caseNumber) throw new AppError(409, 'case_not_submitted');
      const code = randomChars(CODE_LENGTH);
      await koa.deps.redis.set(`chat-code:${code}`, String(app._id), 'EX', config.CHAT_CODE_TTL_SECONDS);
      await audit({
        action: 'chat_code',
        record: { type: 'application', id: String(app._id) },
        areaId: app.areaId,
      });
      return { code, caseNumber: app.caseNumber, expiresInSeconds: config.CHAT_CODE_TTL_SECONDS };
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/chat/bindings',
    operationId: 'bindChat',
    errors: { 404: ['chat_code_invalid'], 409: ['chat_bindings_full'] },
    summary:
      'Bind a chat to a case with its case number and the applicant’s code; answers a credential that reads only that case',
    tags: ['chat'],
    access: 'public',
    rateLimit: codeRateLimit,
    body: z.strictObject({
      caseNumber: z.string().trim().min(1).max(40),
      code: codeSchema,
      chat: z
        .string()
        .min(1)
        .max(200)
        .describe('The bot’s id of the chat, where updates are pushed; kept sealed'),
    }),
    response: {
      status: 201,
      description: 'The credential (shown once; only its HMAC is kept)',
      schema: z.object({ caseNumber: z.string(), bindingId: z.string(), token: z.string() }),
    },
    handler: async ({ body, koa }) => {
      const { redis, crypto } = koa.deps;
      // Spent by any attempt: a code cannot be tried against several case numbers.
      const id = await redis.getdel(`chat-code:${body.code}`);
      const app = id ? await Application.findById(id).lean<ApplicationDoc>() : null;
      if (!app || app.caseNumber !== body.caseNumber) throw new AppError(404, 'chat_code_invalid');
      const token = randomBytes(32).toString('base64url');
      const binding = {
        id: randomUUID(),
        tokenIndex: crypto.blindIndex('chatToken', token),
        chatSealed: crypto.encrypt(body.chat),
        boundAt: new Date(),
      };
      // The same chat bound again replaces its earlier binding, so re-binding never fills the case's slots.
      let full = false;
      await changeBindings(app._id, (current) => {
        const others = current.filter((b) => crypto.decrypt(b.chatSealed) !== body.chat);
        full = others.length >= MAX_BINDINGS;
        return full ? null : [...others, binding];
      });
      if (full) throw new AppError(409, 'chat_bindings_full', { max: MAX_BINDINGS });
      await appendAudit({
        actor: { kind: 'chat', id: binding.id },
        channel: koa.state.channel,
        action: 'chat_bind',
        record: { type: 'application', id: String(app._id) },
        areaId: app.areaId,
        requestId: koa.state.requestId,
      });
      return { caseNumber: body.caseNumber, bindingId: binding.id, token };
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/chat/timeline',
    operationId: 'getChatTimeline',
    errors: { 404: ['chat_binding_invalid'] },
    summary:
      'The timeline of the one case a chat credential was bound to (POST, so the credential is never in a URL)',
    tags: ['chat'],
    access: 'public',
    body: z.strictObject({ token: tokenSchema }),
    response: { description: 'The timeline', schema: trackingSchema },
    handler: async ({ body, koa, lng }) => {
      const tokenIndex = koa.deps.crypto.blindIndex('chatToken', body.token);
      const app = await Application.findOne({ 'chatBindings.tokenIndex': tokenIndex }).lean<ApplicationDoc>();
      const binding = app?.chatBindings.find((b) => b.tokenIndex === tokenIndex);
      if (!app || !binding) throw new AppError(404, 'chat_binding_invalid');
      await appendAudit({
        actor: { kind: 'chat', id: binding.id },
        channel: koa.state.channel,
        action: 'read',
        record: { type: 'application', id: String(app._id) },
        areaId: app.areaId,
        requestId: koa.state.requestId,
      });
      return trackingOf(app, packFor(koa.deps.packs, app.jurisdiction), chinaToday(), lng);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/chat/unbind',
    operationId: 'unbindChat',
    errors: { 404: ['chat_binding_invalid'] },
    summary:
      'End a chat’s binding to its case: the credential stops working and no more updates are pushed to it',
    tags: ['chat'],
    access: 'public',
    body: z.strictObject({ token: tokenSchema }),
    response: { description: 'The binding is gone', schema: z.object({ unbound: z.literal(true) }) },
    handler: async ({ body, koa }) => {
      const tokenIndex = koa.deps.crypto.blindIndex('chatToken', body.token);
      const app = await Application.findOne({ 'chatBindings.tokenIndex': tokenIndex }).lean<ApplicationDoc>();
      const binding = app?.chatBindings.find((b) => b.tokenIndex === tokenIndex);
      if (!app || !binding) throw new AppError(404, 'chat_binding_invalid');
      await changeBindings(app._id, (current) => current.filter((b) => b.tokenIndex !== tokenIndex));
      await appendAudit({
        actor: { kind: 'chat', id: binding.id },
        channel: koa.state.channel,
        action: 'chat_unbind',
        record: { type: 'application', id: String(app._id) },
        areaId: app.areaId,
        requestId: koa.state.requestId,
      });
      return { unbound: true as const };
    },
  });
}
