import { z } from 'zod';
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
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect(login.requestBody.content['application/json'].schema.properties.password.minLength).toBe(10);
    const area = body.paths['/api/v1/areas/{id}'].get;
    expect(area.security).toEqual([{ bearer: [] }]);
    expect(area.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
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
