import { createArea } from '../../server/areas/areas';
import type { StaffRole } from '../../server/identity/principal';
import { createStaff } from '../../server/identity/staff';
import type { TestApp } from './harness';

export const PASSWORD = 'correct horse battery';

/** Dengkou county with two townships (one a 苏木) and a village (嘎查) in each. */
export async function seedAreas(): Promise<void> {
  await createArea({ id: '150822', name: '磴口县', level: 'county', kind: '县', policyPack: 'dengkou' });
  await createArea({
    id: '150822100',
    name: '巴彦高勒镇',
    level: 'township',
    kind: '镇',
    parentId: '150822',
  });
  await createArea({ id: '150822101', name: '东风村', level: 'village', kind: '村', parentId: '150822100' });
  await createArea({
    id: '150822200',
    name: '沙金套海苏木',
    level: 'township',
    kind: '苏木',
    parentId: '150822',
  });
  await createArea({
    id: '150822201',
    name: '哈腾套海嘎查',
    level: 'village',
    kind: '嘎查',
    parentId: '150822200',
  });
}

/** Chaohu (pack `chaohu`, seed 000) with the township 柘皋镇 and its village 汪桥村. */
export async function seedChaohu(): Promise<void> {
  await createArea({ id: '340181', name: '巢湖市', level: 'county', kind: '市', policyPack: 'chaohu' });
  await createArea({ id: '340181100', name: '柘皋镇', level: 'township', kind: '镇', parentId: '340181' });
  await createArea({ id: '340181101', name: '汪桥村', level: 'village', kind: '村', parentId: '340181100' });
}

/** Yichun's 伊美区 (pack `yichun`, seed 002) with a sub-district and a community. */
export async function seedYichun(): Promise<void> {
  await createArea({ id: '230717', name: '伊美区', level: 'county', kind: '区', policyPack: 'yichun' });
  await createArea({
    id: '230717001',
    name: '旭日街道',
    level: 'township',
    kind: '街道',
    parentId: '230717',
  });
  await createArea({
    id: '230717001001',
    name: '朝阳社区',
    level: 'village',
    kind: '社区',
    parentId: '230717001',
  });
}

export async function addStaff(
  app: TestApp,
  username: string,
  role: StaffRole,
  areaId: string,
  phone?: string,
) {
  return createStaff(
    { username, displayName: username, role, areaId, password: PASSWORD, phone },
    app.runtime.deps.crypto,
  );
}

export async function signIn(app: TestApp, username: string, password = PASSWORD): Promise<string> {
  const res = await app.http.post('/api/v1/auth/staff').send({ username, password }).expect(200);
  return res.body.token as string;
}
