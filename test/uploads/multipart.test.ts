import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { contentDisposition, fileResponse } from '../../server/http/file-response';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
const MAX = 20_000;
const received: {
  fields: unknown;
  files: { field: string; filename: string; declaredType: string; bytes: number }[];
}[] = [];

beforeAll(async () => {
  app = await startTestApp();
  app.routes.add({
    method: 'post',
    path: '/test/forms',
    operationId: 'testPostForm',
    summary: 'takes a form with files (test only)',
    tags: ['operations'],
    access: 'public',
    body: z.strictObject({ note: z.string().max(20), count: z.coerce.number().int().optional() }),
    multipart: { field: 'file', maxFiles: 2, maxFileBytes: MAX },
    response: { status: 201, description: 'received', schema: z.object({ files: z.number() }) },
    handler: async ({ body, files }) => {
      received.push({
        fields: body,
        files: files.map((f) => ({
          field: f.field,
          filename: f.filename,
          declaredType: f.declaredType,
          bytes: f.data.length,
        })),
      });
      return { files: files.length };
    },
  });
  app.routes.add({
    method: 'get',
    path: '/test/file',
    operationId: 'testGetFile',
    summary: 'answers with a file (test only)',
    tags: ['operations'],
    access: 'public',
    response: { description: 'a PDF', schema: fileResponse(['application/pdf']) },
    handler: async () => ({
      data: Buffer.from('%PDF-1.4\n%%EOF\n'),
      contentType: 'application/pdf',
      filename: '低保 "申请" (2026).pdf',
    }),
  });
});
afterAll(() => app.close());
beforeEach(() => {
  received.length = 0;
});

const post = (lang = 'zh-CN') => app.http.post('/test/forms').set('Accept-Language', lang);

describe('multipart routes', () => {
  it('hands the handler its files and the text fields validated by the body schema', async () => {
    const data = randomBytes(MAX);
    const res = await post()
      .field('note', '户口本')
      .field('count', '2')
      .attach('file', data, { filename: '户口本.jpg', contentType: 'image/jpeg' })
      .attach('file', Buffer.from('second'), 'b.txt')
      .expect(201);
    expect(res.body).toEqual({ files: 2 });
    expect(received[0]).toEqual({
      fields: { note: '户口本', count: 2 },
      files: [
        { field: 'file', filename: '户口本.jpg', declaredType: 'image/jpeg', bytes: MAX },
        { field: 'file', filename: 'b.txt', declaredType: 'text/plain', bytes: 6 },
      ],
    });
  });

  it('refuses what is not multipart/form-data with 415, in the caller’s language', async () => {
    const zh = await post().send({ note: 'x' }).expect(415);
    expect(zh.body.error).toMatchObject({ code: 'multipart_required' });
    expect(zh.body.error.message).toContain('multipart/form-data');
    expect(zh.body.error.message).toContain('上传文件');
    const en = await post('en').set('Content-Type', 'text/plain').send('note=x').expect(415);
    expect(en.body.error.message).toBe(
      'This operation takes a file upload; please send it as multipart/form-data.',
    );
    await post().set('Content-Type', 'multipart/form-data').send('no boundary').expect(400);
    expect(received).toEqual([]);
  });

  it('stops reading a file over the limit with 413, before the handler runs', async () => {
    const zh = await post()
      .field('note', 'x')
      .attach('file', randomBytes(MAX + 1), 'big.jpg')
      .expect(413);
    expect(zh.body.error.code).toBe('upload_too_large');
    expect(zh.body.error.message).toContain('0.0191 MB');
    const en = await post('en')
      .field('note', 'x')
      .attach('file', randomBytes(MAX * 2), 'big.jpg')
      .expect(413);
    expect(en.body.error.message).toMatch(/^The file is too large: the limit is 0\.0191 MB/);
    expect(received).toEqual([]);
  });

  it('refuses a body declared larger than every limit together without reading it', async () => {
    const res = await post()
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .set('Content-Length', String(10 * 1024 * 1024))
      .send('--xyz--')
      .catch((err: { response?: { status: number; body: unknown } }) => err.response);
    expect(res?.status).toBe(413);
  });

  it('refuses too many files, too many or too long fields, and a file under another field', async () => {
    const many = await post()
      .field('note', 'x')
      .attach('file', Buffer.from('1'), 'a')
      .attach('file', Buffer.from('2'), 'b')
      .attach('file', Buffer.from('3'), 'c')
      .expect(413);
    expect(many.body.error).toMatchObject({ code: 'too_many_files' });
    expect(many.body.error.message).toContain('2');

    let form = post();
    for (let i = 0; i < 21; i += 1) form = form.field(`f${i}`, 'v');
    expect((await form.attach('file', Buffer.from('1'), 'a').expect(413)).body.error.code).toBe(
      'form_too_large',
    );
    const long = await post()
      .field('note', 'x'.repeat(9000))
      .attach('file', Buffer.from('1'), 'a')
      .expect(413);
    expect(long.body.error.code).toBe('form_too_large');

    const elsewhere = await post('en').field('note', 'x').attach('photo', Buffer.from('1'), 'a').expect(400);
    expect(elsewhere.body.error.message).toBe('The file belongs in form field file, not photo.');
    expect(received).toEqual([]);
  });

  it('asks for the file when none is sent, and names a bad field', async () => {
    const none = await post('en').field('note', 'x').expect(400);
    expect(none.body.error).toMatchObject({ code: 'file_required' });
    expect(none.body.error.message).toBe('Please choose a file to upload (form field file).');
    const bad = await post()
      .field('note', 'x')
      .field('extra', 'y')
      .attach('file', Buffer.from('1'), 'a')
      .expect(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.fields[0]).toMatchObject({ path: 'body.extra' });
    expect(received).toEqual([]);
  });

  it('answers a file with its type, an RFC 5987 file name, no sniffing and no caching', async () => {
    const res = await app.http.get('/test/file').expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="__ ____ (2026).pdf"; filename*=UTF-8''${encodeURIComponent('低保 "申请" ').replace(/'/g, '%27')}%282026%29.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.from(res.body as Buffer).toString()).toBe('%PDF-1.4\n%%EOF\n');
    expect(contentDisposition("it's.pdf")).toBe(`inline; filename="it's.pdf"; filename*=UTF-8''it%27s.pdf`);
  });

  it('documents multipart request bodies and binary responses in OpenAPI', async () => {
    const { body } = await app.http.get('/openapi.json').expect(200);
    const form = body.paths['/test/forms'].post.requestBody.content['multipart/form-data'].schema;
    expect(form.properties.file).toEqual({
      type: 'array',
      items: { type: 'string', format: 'binary' },
      maxItems: 2,
    });
    expect(form.properties.note).toMatchObject({ type: 'string', maxLength: 20 });
    expect(form.required).toEqual(['note', 'file']);
    expect(body.paths['/test/file'].get.responses['200'].content).toEqual({
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    });
    const upload = body.paths['/api/v1/applications/{id}/attachments'].post;
    expect(upload.requestBody.content['multipart/form-data'].schema.properties).toEqual({
      materialId: expect.objectContaining({ type: 'string' }),
      file: { type: 'string', format: 'binary' },
    });
    expect(upload.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', required: true }),
    );
    expect(
      Object.keys(
        body.paths['/api/v1/applications/{id}/attachments/{attachmentId}'].get.responses['200'].content,
      ),
    ).toEqual(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
  });
});
