import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { errorAnswers } from '../../server/http/openapi';
import { loadResources } from '../../server/i18n';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('/openapi.json', () => {
  it('documents every declared route with the schemas that validate it', async () => {
    const { body } = await app.http.get('/openapi.json').expect(200);
    expect(body.openapi).toBe('3.1.0');
    for (const spec of app.routes.specs) {
      const path = spec.path.replace(/:(\w+)/g, '{$1}');
      expect(body.paths[path]?.[spec.method]).toBeDefined();
    }
    const login = body.paths['/api/v1/auth/staff'].post;
    const loginBody = login.requestBody.content['application/json'].schema;
    expect(loginBody).toEqual({ $ref: '#/components/schemas/SignInStaffRequest' });
    expect(body.components.schemas.SignInStaffRequest.required).toEqual(['username', 'password']);
    expect(body.components.schemas.SignInStaffRequest.properties.password.minLength).toBe(10);
    const area = body.paths['/api/v1/areas/{id}'].get;
    expect(area.security).toEqual([{ bearer: [] }]);
    expect(area.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
  });

  it('names every operation, declares its security (none for public ones) and the errors it can answer', async () => {
    const { body } = await app.http.get('/openapi.json').expect(200);
    const ids = new Set<string>();
    for (const spec of app.routes.specs) {
      const op = body.paths[spec.path.replace(/:(\w+)/g, '{$1}')][spec.method];
      ids.add(op.operationId);
      expect(op.security).toEqual(spec.access === 'public' ? [] : [{ bearer: [] }]);
      const declared = Object.keys(op.responses).map(Number);
      if (spec.access !== 'public') expect(declared).toEqual(expect.arrayContaining([401]));
      if (spec.body || spec.params) expect(declared).toEqual(expect.arrayContaining([400]));
    }
    expect(ids.size).toBe(app.routes.specs.length);
    const timelineErrors = body.paths['/api/v1/applications/{id}/stages'].post.responses['409'];
    expect(
      timelineErrors.content['application/json'].schema.allOf[1].properties.error.properties.code.enum,
    ).toEqual(expect.arrayContaining(['stage_out_of_order', 'stale_revision']));
  });

  it('gives request and response bodies named component schemas', async () => {
    const { body } = await app.http.get('/openapi.json').expect(200);
    for (const [where, op] of Object.entries(body.paths).flatMap(([p, ops]) =>
      Object.entries(
        ops as Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>,
      ).map(([m, o]) => [`${m} ${p}`, o] as const),
    )) {
      const json = (op.requestBody as { content?: Record<string, { schema: { $ref?: string } }> } | undefined)
        ?.content?.['application/json'];
      if (json)
        expect({ where, ref: json.schema.$ref?.startsWith('#/components/schemas/') }).toEqual({
          where,
          ref: true,
        });
      const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'))?.[1] as {
        content: Record<string, { schema: { $ref?: string } }>;
      };
      const answer = ok.content['application/json'];
      if (answer)
        expect({ where, ref: answer.schema.$ref?.startsWith('#/components/schemas/') }).toEqual({
          where,
          ref: true,
        });
    }
    expect(body.components.schemas.Application.properties.members).toBeDefined();
  });

  it('pages every list: it takes page and size and answers total', async () => {
    const { body } = await app.http.get('/openapi.json').expect(200);
    const resolve = (schema: { $ref?: string }) =>
      schema.$ref ? body.components.schemas[schema.$ref.split('/').pop()!] : schema;
    const lists = Object.entries(body.paths).flatMap(([path, ops]) =>
      Object.entries(
        ops as Record<
          string,
          {
            parameters: { name: string }[];
            responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
          }
        >,
      )
        .filter(
          ([, op]) =>
            resolve(op.responses['200']?.content?.['application/json']?.schema ?? {}).properties?.items,
        )
        .map(([method, op]) => ({ where: `${method} ${path}`, op })),
    );
    expect(lists.length).toBeGreaterThanOrEqual(6);
    for (const { where, op } of lists) {
      const answer = resolve(op.responses['200']!.content!['application/json']!.schema);
      expect({ where, params: op.parameters.map((p) => p.name), total: answer.required }).toEqual({
        where,
        params: expect.arrayContaining(['page', 'size']),
        total: expect.arrayContaining(['items', 'page', 'size', 'total']),
      });
    }
  });

  it('passes the Redocly linter’s recommended rules with no error', async () => {
    const { body } = await app.http.get('/openapi.json').expect(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'contract-')), 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(body));
    const root = path.resolve(__dirname, '..', '..');
    const lint = promisify(execFile)(
      process.execPath,
      [require.resolve('@redocly/cli/bin/cli.js'), 'lint', file, '--format=summary'],
      { cwd: root },
    );
    await expect(lint).resolves.toBeDefined();
  });

  it('can say every error code it declares in every language', () => {
    const resources = loadResources();
    const codes = new Set(
      app.routes.specs.flatMap((spec) => [...errorAnswers(spec).values()].flatMap((c) => [...c])),
    );
    for (const lng of Object.keys(resources)) {
      const errors = (resources[lng] as Record<string, Record<string, string>>).errors!;
      expect({ lng, missing: [...codes].filter((c) => !errors[c]) }).toEqual({ lng, missing: [] });
    }
  });

  it('has a label in every language for every request field, so errors can name it', () => {
    const resources = loadResources();
    const names = new Set<string>();
    const collect = (schema: unknown) => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as { properties?: Record<string, unknown>; items?: unknown };
      for (const [name, child] of Object.entries(s.properties ?? {})) {
        names.add(name);
        collect(child);
      }
      collect(s.items);
    };
    for (const spec of app.routes.specs) {
      for (const part of [spec.body, spec.query, spec.params]) {
        if (part) collect(z.toJSONSchema(part, { io: 'input', unrepresentable: 'any' }));
      }
    }
    expect(names.size).toBeGreaterThan(3);
    for (const lng of Object.keys(resources)) {
      const fields = (resources[lng] as Record<string, Record<string, string>>).fields!;
      expect({ lng, missing: [...names].filter((n) => !fields[n]) }).toEqual({ lng, missing: [] });
    }
  });
});
