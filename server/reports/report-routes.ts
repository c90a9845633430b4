import { z } from 'zod';
import { appendAudit } from '../audit/audit-log';
import type { Config } from '../config';
import { AppError } from '../http/errors';
import { fileResponse } from '../http/file-response';
import { pageAnswer, pageSchema } from '../http/paging';
import type { Routes } from '../http/route';
import { actorOf, AUDIENCES } from '../identity/principal';
import { UPLOAD_TYPES } from '../uploads/inspect';
import { storeAndLink } from '../uploads/store-upload';
import { uploadFilename, uploadIdSchema, uploadView } from '../uploads/upload-view';
import { receiptCodeSchema, secretSchema } from './receipt';
import { Report } from './report-model';
import {
  addReportEvidence,
  answerReport,
  answerSchema,
  createReport,
  reissueReceipt,
  findEvidence,
  followReport,
  listQuerySchema,
  listReports,
  loadReport,
  markMediaDisclosure,
  mediaDisclosureSchema,
  newReportSchema,
} from './reports';
import {
  createdSchema,
  detailOf,
  detailSchema,
  receiptOf,
  receiptSchema,
  sentFileSchema,
  summaryOf,
  summarySchema,
} from './report-views';

const ANONYMOUS = actorOf(undefined);

const reportId = z.string().regex(/^[a-f0-9]{24}$/);
const byId = z.strictObject({ id: reportId });
const byAttachment = z.strictObject({ id: reportId, attachmentId: uploadIdSchema });
const receiptFields = { receiptCode: receiptCodeSchema, secret: secretSchema };
/** Whoever holds the receipt: nothing more is known or kept of them. */
const RECEIPT_HOLDER = { kind: 'reporter', id: '-' };

/**
 * Complaints and reports (投诉举报): anyone may report, anonymously if they wish, and follow the report with its
 * receipt; the office it is routed to answers it.
 */
export function reportRoutes(routes: Routes, config: Config): void {
  const receiptRateLimit = {
    name: 'report-follow',
    limit: config.REPORT_FOLLOW_RATE_LIMIT,
    windowSeconds: 3600,
  };
  routes.add({
    method: 'post',
    path: '/api/v1/reports',
    operationId: 'createReport',
    errors: {
      400: ['area_missing', 'report_area_without_policy', 'report_area_level'],
      // A complaint about a case: only someone who may see the case may make it.
      401: ['unauthenticated'],
      403: ['not_your_application', 'outside_jurisdiction'],
      404: ['not_found'],
    },
    summary:
      'Make a complaint about a case, or report fraud or favouritism; anonymous reports need no sign-in. Answers a receipt code and a secret, shown once',
    tags: ['reports'],
    access: 'public',
    rateLimit: { name: 'report', limit: config.REPORT_RATE_LIMIT, windowSeconds: 3600 },
    idempotent: true,
    // An anonymous report's retries must not be tied to the signed-in caller, not even in the cache.
    idempotencyOwner: ({ body }, principal) => (body.reporter.anonymous ? undefined : principal),
    body: newReportSchema,
    response: { status: 201, description: 'The receipt', schema: createdSchema },
    handler: async ({ body, principal, koa, lng, t, requestKey }) => {
      // A retry of a report stored before its answer could be kept gets that report, with a fresh secret:
      // the first one never reached anybody. It is audited again, as the crash may have come before the entry.
      const made = requestKey ? await reissueReceipt(requestKey, koa.deps.crypto) : null;
      const { report, secret } = made ?? (await createReport(body, principal, koa.deps, requestKey));
      const anonymous = report.reporter.anonymous;
      try {
        await appendAudit({
          actor: anonymous ? ANONYMOUS : actorOf(principal),
          channel: koa.state.channel,
          action: 'create',
          record: { type: 'report', id: String(report._id) },
          areaId: report.routedTo.areaId,
          // A request id could be matched against other logs of the same request.
          requestId: anonymous ? null : koa.state.requestId,
          details: { kind: report.kind, routedTo: report.routedTo.level, rule: report.routedTo.rule },
        });
      } catch (err) {
        // Unaudited, a report just made must not stand: the client's retry will create it again. A report found
        // by a retry stays. Its first attempt may have stored its entry before dying, or its answer may have been
        // kept and lost since; its office may have had the WeCom notice stored with it. Deleting it would leave an
        // entry or a notice about nothing, and only a full scan of the log could tell these apart. Left, it is at
        // worst unaudited until the client retries on this 503 (the key is released), as after the crash itself.
        if (!made) await Report.deleteOne({ _id: report._id });
        throw err;
      }
      koa.deps.outbox.kick();
      return {
        ...(await receiptOf(report, koa.deps, lng, t)),
        secret,
        secretNote: t('reports:secretNote'),
      };
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/reports/follow',
    operationId: 'followReport',
    errors: { 404: ['report_receipt_invalid'] },
    summary:
      'Follow a report with its receipt code and secret (POST, so the secret is never in a URL): status, deadline, who handles it, the answer',
    tags: ['reports'],
    access: 'public',
    rateLimit: receiptRateLimit,
    body: z.strictObject(receiptFields),
    response: { description: 'The report as the reporter sees it', schema: receiptSchema },
    handler: async ({ body, koa, lng, t }) => {
      const report = await followReport(body.receiptCode, body.secret, koa.deps.crypto);
      // A wrong code and a wrong secret answer alike, so neither can be probed alone.
      if (!report) throw new AppError(404, 'report_receipt_invalid');
      // The reporter saw the result (seed 000: 及时向举报人出示反馈核查结果); who they are is not recorded.
      await appendAudit({
        actor: ANONYMOUS,
        channel: koa.state.channel,
        action: 'follow',
        record: { type: 'report', id: String(report._id) },
        areaId: report.routedTo.areaId,
        details: { status: report.status },
      });
      return receiptOf(report, koa.deps, lng, t);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/reports/attachments',
    operationId: 'addReportEvidence',
    errors: {
      404: ['report_receipt_invalid'],
      409: ['report_answered_no_evidence', 'report_attachments_full'],
    },
    summary:
      'Add evidence to a report with its receipt code and secret (until it is answered): a JPEG, PNG, WebP or PDF; images are stored without metadata',
    tags: ['reports'],
    access: 'public',
    // The same budget as following: each attempt also tries a secret.
    rateLimit: receiptRateLimit,
    idempotent: true,
    idempotencyOwner: () => undefined,
    body: z.strictObject(receiptFields),
    multipart: { field: 'file', maxFiles: 1, maxFileBytes: config.UPLOAD_MAX_BYTES },
    response: {
      status: 201,
      description: 'The stored file and how many the report now has',
      schema: z.object({ attachment: sentFileSchema, attachments: z.number().int() }),
    },
    handler: async ({ body, files, koa, requestKey }) => {
      const { deps } = koa;
      const report = await followReport(body.receiptCode, body.secret, deps.crypto);
      if (!report) throw new AppError(404, 'report_receipt_invalid');
      const id = String(report._id);
      // A retry of evidence linked before its answer could be kept answers that file, and audits it again: the
      // crash may have come before the entry was stored.
      const made = report.attachments.find((a) => requestKey && a.requestKey === requestKey);
      const { stored, linked } = made
        ? { stored: made, linked: report }
        : await storeAndLink(
            deps,
            { data: files[0]!.data, folder: `reports/${id}`, requestKey },
            RECEIPT_HOLDER,
            (upload) => addReportEvidence(report, upload),
          );
      await appendAudit({
        actor: ANONYMOUS,
        channel: koa.state.channel,
        action: 'attach',
        record: { type: 'report', id },
        areaId: report.routedTo.areaId,
        details: {
          attachmentId: stored.id,
          contentType: stored.contentType,
          bytes: stored.bytes,
          sha256: stored.sha256,
        },
      });
      deps.outbox.kick();
      return { attachment: uploadView(stored), attachments: linked.attachments.length };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/reports/:id/attachments/:attachmentId',
    operationId: 'getReportEvidence',
    summary: 'One file a reporter added, to the office handling the report; every read is audited',
    tags: ['reports'],
    access: { allow: AUDIENCES.office, scope: ({ params }) => loadReport(params.id) },
    params: byAttachment,
    response: { description: 'The file as stored', schema: fileResponse(UPLOAD_TYPES) },
    handler: async ({ params, record: report, koa, t, audit }) => {
      const attachment = findEvidence(report, params.attachmentId);
      const data = await koa.deps.blobs.get(attachment.storageKey);
      await audit({
        action: 'read',
        record: { type: 'report', id: params.id },
        areaId: report.routedTo.areaId,
        details: { attachmentId: attachment.id },
      });
      return {
        data,
        contentType: attachment.contentType,
        filename: uploadFilename(t('reports:evidenceFile'), attachment),
      };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/reports',
    operationId: 'listReports',
    summary: 'Reports routed to the caller’s office or below, newest first',
    tags: ['reports'],
    access: { allow: AUDIENCES.office },
    query: listQuerySchema,
    response: {
      description: 'One page',
      schema: pageSchema(summarySchema),
    },
    handler: async ({ query, principal, t }) => {
      const { items, total } = await listReports(principal.areaId, query);
      return pageAnswer(
        items.map((r) => summaryOf(r, t)),
        total,
        query,
      );
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/reports/:id',
    operationId: 'getReport',
    summary: 'One report with the reporter’s contact if they gave it; the read is audited',
    tags: ['reports'],
    access: { allow: AUDIENCES.office, scope: ({ params }) => loadReport(params.id) },
    params: byId,
    response: { description: 'The report', schema: detailSchema },
    handler: async ({ params, record: report, koa, lng, t, audit }) => {
      await audit({
        action: 'read',
        record: { type: 'report', id: params.id },
        areaId: report.routedTo.areaId,
      });
      return detailOf(report, koa.deps, lng, t);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/reports/:id/media-disclosure',
    operationId: 'recordMediaDisclosure',
    errors: {
      400: ['media_date_in_future'],
      409: ['report_already_answered', 'report_media_already_marked'],
    },
    summary:
      'Record that the media disclosed the problem (媒体披露): it is then investigated within the local limit (once, before the answer)',
    tags: ['reports'],
    access: { allow: AUDIENCES.office, scope: ({ params }) => loadReport(params.id) },
    params: byId,
    body: mediaDisclosureSchema,
    response: { description: 'The report with its investigation deadline', schema: detailSchema },
    handler: async ({ params, body, record, principal, koa, lng, t, audit }) => {
      const report = await markMediaDisclosure(record, body, principal, koa.deps.packs);
      await audit({
        action: 'update',
        record: { type: 'report', id: params.id },
        areaId: report.routedTo.areaId,
        details: { mediaDisclosure: report.mediaDisclosure!.on },
      });
      return detailOf(report, koa.deps, lng, t);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/reports/:id/answer',
    operationId: 'answerReport',
    errors: { 409: ['report_already_answered'] },
    summary: 'Record the result of the check and the answer shown to the reporter (once)',
    tags: ['reports'],
    access: { allow: AUDIENCES.office, scope: ({ params }) => loadReport(params.id) },
    params: byId,
    body: answerSchema,
    response: { description: 'The answered report', schema: detailSchema },
    handler: async ({ params, body, record, principal, koa, lng, t, audit }) => {
      const report = await answerReport(record, body, principal);
      await audit({
        action: 'update',
        record: { type: 'report', id: params.id },
        areaId: report.routedTo.areaId,
        details: { status: 'answered', outcome: body.outcome },
      });
      koa.deps.outbox.kick();
      return detailOf(report, koa.deps, lng, t);
    },
  });
}
