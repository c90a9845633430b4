import { z } from 'zod';
import type { Routes } from '../http/route';
import { STAFF_ROLES } from './principal';
import { findStaff } from './staff';

const staffView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(STAFF_ROLES),
  areaId: z.string(),
  phone: z.string().nullable().describe('Decrypted for authorised readers; every read is audited'),
  mustChangePassword: z.boolean().describe('Still holds a one-time password set by an administrator'),
  disabled: z.boolean(),
});

const byId = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/) });

export function staffRoutes(routes: Routes): void {
  routes.add({
    method: 'get',
    path: '/api/v1/staff/:id',
    operationId: 'getStaff',
    errors: { 404: ['not_found'] },
    summary: 'A staff account (supervisors and admins, within their own area); the read is audited',
    tags: ['identity'],
    access: {
      allow: ['township_staff', 'county_supervisor', 'admin'],
      scope: async ({ params }) => {
        const staff = await findStaff(params.id);
        return staff ? { areaPath: staff.areaPath, record: staff } : null;
      },
    },
    params: byId,
    response: { description: 'The account', schema: staffView },
    handler: async ({ params, record: staff, koa, audit }) => {
      await audit({ action: 'read', record: { type: 'staff', id: params.id }, areaId: staff.areaId });
      return {
        id: String(staff._id),
        username: staff.username,
        displayName: staff.displayName,
        role: staff.role,
        areaId: staff.areaId,
        phone: staff.phoneSealed ? koa.deps.crypto.decrypt(staff.phoneSealed) : null,
        mustChangePassword: staff.mustChangePassword,
        disabled: staff.disabled,
      };
    },
  });
}
