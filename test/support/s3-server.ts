import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local server speaking S3's path-style object API for one bucket: PUT, GET and DELETE /<bucket>/<key>,
 * each signed with AWS Signature Version 4 (checked: a wrong secret gets SignatureDoesNotMatch). A missing
 * key answers 404 with NoSuchKey XML, as S3 does; an unknown bucket NoSuchBucket.
 */
export async function startS3Server(opts: { bucket: string; accessKeyId: string; secretAccessKey: string }) {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: { method: string; key: string }[] = [];

  const xmlError = (res: http.ServerResponse, status: number, code: string, resource: string) => {
    res.writeHead(status, { 'Content-Type': 'application/xml' });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code}</Message>` +
        `<Resource>${resource}</Resource><RequestId>local</RequestId></Error>`,
    );
  };

  const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
  const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
  const encode = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

  /** Recomputes the SigV4 signature of a request from its method, path, query, signed headers and payload. */
  function signatureValid(req: http.IncomingMessage, url: URL, body: Buffer): boolean {
    const auth =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
        req.headers.authorization ?? '',
      );
    if (!auth) return false;
    const [, keyId, day, region, signedHeaders, signature] = auth as unknown as string[];
    if (keyId !== opts.accessKeyId) return false;
    const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
    if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) return false;
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const query = [...url.searchParams.entries()]
      .map(([k, v]) => [encode(k), encode(v)])
      .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const headers = signedHeaders!
      .split(';')
      .map(
        (name) =>
          `${name}:${String(req.headers[name] ?? '')
            .trim()
            .replace(/\s+/g, ' ')}\n`,
      )
      .join('');
    const canonical = [req.method, url.pathname, query, headers, signedHeaders, payloadHash].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
    let key = hmac(`AWS4${opts.secretAccessKey}`, day!);
    for (const part of [region!, 's3', 'aws4_request']) key = hmac(key, part);
    return hmac(key, toSign).toString('hex') === signature;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const [, bucket = '', ...rest] = url.pathname.split('/');
      const key = rest.map(decodeURIComponent).join('/');
      requests.push({ method: req.method ?? '', key });
      if (!signatureValid(req, url, body)) return xmlError(res, 403, 'SignatureDoesNotMatch', url.pathname);
      if (bucket !== opts.bucket) return xmlError(res, 404, 'NoSuchBucket', url.pathname);
      if (!key) return xmlError(res, 400, 'InvalidRequest', url.pathname);
      switch (req.method) {
        case 'PUT':
          objects.set(key, { body, contentType: req.headers['content-type'] ?? 'binary/octet-stream' });
          res.writeHead(200, { ETag: `"${createHash('md5').update(body).digest('hex')}"` });
          return res.end();
        case 'GET': {
          const object = objects.get(key);
          if (!object) return xmlError(res, 404, 'NoSuchKey', url.pathname);
          res.writeHead(200, { 'Content-Type': object.contentType, 'Content-Length': object.body.length });
          return res.end(object.body);
        }
        case 'DELETE':
          objects.delete(key); // S3 answers 204 whether or not the key existed
          res.writeHead(204);
          return res.end();
        default:
          return xmlError(res, 405, 'MethodNotAllowed', url.pathname);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
