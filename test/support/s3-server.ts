import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The bucket and credentials the tests give the local server. */
export const LOCAL_S3 = {
  bucket: 'uploads-test',
  accessKeyId: 'AKIDLOCALTEST',
  secretAccessKey: 'local-secret-key',
};

/** The settings that point the product at the local bucket. */
export const s3Env = (s3: { endpoint: string }) => ({
  STORAGE_BACKEND: 's3',
  S3_ENDPOINT: s3.endpoint,
  S3_BUCKET: LOCAL_S3.bucket,
  S3_REGION: 'cn-north-1',
  S3_ACCESS_KEY_ID: LOCAL_S3.accessKeyId,
  S3_SECRET_ACCESS_KEY: LOCAL_S3.secretAccessKey,
  S3_FORCE_PATH_STYLE: 'true',
});

/**
 * A local server speaking S3's path-style API for one bucket: PUT, GET and DELETE /<bucket>/<key>, and
 * ListObjectsV2 (GET /<bucket>?list-type=2), each signed with AWS Signature Version 4 (checked: a wrong secret
 * gets SignatureDoesNotMatch). A missing key answers 404 with NoSuchKey XML, as S3 does; an unknown bucket
 * NoSuchBucket. Each object keeps its last-modified time, which a test may set back to age it.
 */
export async function startS3Server(opts: { bucket: string; accessKeyId: string; secretAccessKey: string }) {
  const objects = new Map<string, { body: Buffer; contentType: string; modifiedAt: Date }>();
  const requests: { method: string; key: string; query: Record<string, string> }[] = [];

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

  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
  };
  const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => entities[c]!);

  /**
   * ListObjectsV2 as S3 answers it: keys in UTF-8 byte order, after the continuation token (or start-after),
   * under the prefix, at most max-keys of them (1,000 at most, the default); a truncated page carries the
   * token of the next one. The token is opaque to the client: here the last key listed, base64url-encoded.
   */
  function listObjects(res: http.ServerResponse, url: URL) {
    const q = url.searchParams;
    const prefix = q.get('prefix') ?? '';
    const maxKeys = q.has('max-keys') ? Number(q.get('max-keys')) : 1000;
    if (!Number.isInteger(maxKeys) || maxKeys < 0) return xmlError(res, 400, 'InvalidArgument', url.pathname);
    const token = q.get('continuation-token');
    const after = token !== null ? Buffer.from(token, 'base64url').toString() : (q.get('start-after') ?? '');
    const urlEncoded = q.get('encoding-type') === 'url';
    const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    const keys = [...objects.keys()]
      .filter((k) => k.startsWith(prefix) && byBytes(k, after) > 0)
      .sort(byBytes);
    const page = keys.slice(0, Math.min(maxKeys, 1000));
    const truncated = page.length > 0 && page.length < keys.length;
    const name = (s: string) => escapeXml(urlEncoded ? encode(s) : s);
    const contents = page.map((key) => {
      const object = objects.get(key)!;
      // S3 keeps last-modified times to the second.
      const modified = new Date(Math.floor(object.modifiedAt.getTime() / 1000) * 1000).toISOString();
      const etag = createHash('md5').update(object.body).digest('hex');
      return (
        `<Contents><Key>${name(key)}</Key><LastModified>${modified}</LastModified>` +
        `<ETag>&quot;${etag}&quot;</ETag><Size>${object.body.length}</Size>` +
        `<StorageClass>STANDARD</StorageClass></Contents>`
      );
    });
    res.writeHead(200, { 'Content-Type': 'application/xml' });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
        `<Name>${opts.bucket}</Name><Prefix>${name(prefix)}</Prefix><KeyCount>${page.length}</KeyCount>` +
        `<MaxKeys>${maxKeys}</MaxKeys>${urlEncoded ? '<EncodingType>url</EncodingType>' : ''}` +
        `<IsTruncated>${truncated}</IsTruncated>` +
        (token !== null ? `<ContinuationToken>${escapeXml(token)}</ContinuationToken>` : '') +
        (truncated
          ? `<NextContinuationToken>${Buffer.from(page.at(-1)!).toString('base64url')}</NextContinuationToken>`
          : '') +
        contents.join('') +
        `</ListBucketResult>`,
    );
  }

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
      requests.push({ method: req.method ?? '', key, query: Object.fromEntries(url.searchParams) });
      if (!signatureValid(req, url, body)) return xmlError(res, 403, 'SignatureDoesNotMatch', url.pathname);
      if (bucket !== opts.bucket) return xmlError(res, 404, 'NoSuchBucket', url.pathname);
      if (!key && req.method === 'GET' && url.searchParams.get('list-type') === '2')
        return listObjects(res, url);
      if (!key) return xmlError(res, 400, 'InvalidRequest', url.pathname);
      switch (req.method) {
        case 'PUT':
          objects.set(key, {
            body,
            contentType: req.headers['content-type'] ?? 'binary/octet-stream',
            modifiedAt: new Date(),
          });
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
