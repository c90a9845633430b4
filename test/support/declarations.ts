import type { Test } from 'supertest';
import type { TestApp } from './harness';

export type Sign = (id: string, token: string, kind: string, revision: number, relatives?: object) => Test;

/**
 * Reads the current text version of each declaration once, and answers a function that signs one declaration
 * of an application as the token's holder (the caller checks the answer).
 */
export async function declarationSigner(app: TestApp): Promise<Sign> {
  const texts = await app.http.get('/api/v1/declarations').expect(200);
  const versions = new Map<string, string>(
    texts.body.items.map((d: { kind: string; textVersion: string }) => [d.kind, d.textVersion]),
  );
  return (id, token, kind, revision, relatives) =>
    app.http
      .post(`/api/v1/applications/${id}/declarations`)
      .set('Authorization', `Bearer ${token}`)
      .send({
        revision,
        kind,
        textVersion: versions.get(kind),
        agree: true,
        ...(relatives ? { relatives } : {}),
      });
}
