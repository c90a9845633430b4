import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { pdf } from '../support/files';
import type { KeyedCall } from './kill-and-retry';

/** What the chaos clients send: reports, evidence photos added to a report, PDF materials added to a draft. */

export const VILLAGE = '150822101';

const newKey = (what: string) => `chaos-${what}-${randomBytes(6).toString('hex')}`;

const report = (n: number) => ({
  kind: 'fraud',
  areaId: VILLAGE,
  description: `混沌测试第${n}条：家里开着商铺，还在领低保。`,
  reporter: { anonymous: true },
});

const submitReport = (url: string, n: number, key: string) =>
  fetch(`${url}/api/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(report(n)),
  });

/** `clients` clients, each submitting `each` anonymous reports. */
export function reportCalls(clients: number, each: number): KeyedCall[][] {
  return Array.from({ length: clients }, (_, c) =>
    Array.from({ length: each }, (_, r) => {
      const key = newKey('report');
      return { key, send: (url: string) => submitReport(url, c * each + r, key) };
    }),
  );
}

async function created<T>(res: Promise<Response>): Promise<T> {
  const answer = await res;
  if (answer.status !== 201 && answer.status !== 200)
    throw new Error(`setting up an upload client: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as T;
}

/** A photo of noise, so every one differs and re-encoding it takes a moment. */
const photo = (): Promise<Buffer> =>
  sharp({
    create: {
      width: 640,
      height: 480,
      channels: 3,
      background: '#777',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer();

function multipart(fields: Record<string, string>, file: Buffer, filename: string, type: string): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file)], { type }), filename);
  return form;
}

/**
 * `clients` clients, each with an anonymous report of its own and a resident's draft (dev sign-in), then
 * `each` uploads alternating between an evidence photo to the report and a PDF material to the draft. A call
 * sends the same bytes every time, so a retry carries the same fingerprint as the attempt the kill cut off.
 */
export async function uploadCalls(url: string, clients: number, each: number): Promise<KeyedCall[][]> {
  return Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const receipt = await created<{ receiptCode: string; secret: string }>(
        submitReport(url, 10_000 + c, newKey('evidence-report')),
      );
      const { token } = await created<{ token: string }>(
        fetch(`${url}/api/v1/auth/dev`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ openid: `chaos-resident-${c}` }),
        }),
      );
      const auth = { authorization: `Bearer ${token}` };
      const draft = await created<{ id: string }>(
        fetch(`${url}/api/v1/applications`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ areaId: VILLAGE, programs: ['dibao'] }),
        }),
      );
      return Promise.all(
        Array.from({ length: each }, async (_, i): Promise<KeyedCall> => {
          const key = newKey('upload');
          if (i % 2 === 0) {
            const data = await photo();
            const fields = { receiptCode: receipt.receiptCode, secret: receipt.secret };
            return {
              key,
              send: (to) =>
                fetch(`${to}/api/v1/reports/attachments`, {
                  method: 'POST',
                  headers: { 'idempotency-key': key },
                  body: multipart(fields, data, 'photo.jpg', 'image/jpeg'),
                }),
            };
          }
          // Some hundred kilobytes, so that a write is under way for a while.
          const data = pdf(`chaos ${key} ${'0'.repeat(200_000)}`);
          return {
            key,
            send: (to) =>
              fetch(`${to}/api/v1/applications/${draft.id}/attachments`, {
                method: 'POST',
                headers: { ...auth, 'idempotency-key': key },
                body: multipart(
                  { materialId: 'honesty_declaration' },
                  data,
                  'declaration.pdf',
                  'application/pdf',
                ),
              }),
          };
        }),
      );
    }),
  );
}
