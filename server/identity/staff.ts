import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { z } from 'zod';
import { Area, type AreaDoc } from '../areas/area-model';
import { AppError, notFound } from '../http/errors';
import type { FieldCrypto } from '../privacy/field-crypto';
import { STAFF_ROLES, type StaffPrincipal, type StaffRole } from './principal';
import { Staff, type StaffDoc } from './staff-model';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/);
export const passwordSchema = z.string().min(10).max(200);
export const phoneSchema = z.string().regex(/^(\+?86)?1\d{10}$/, 'validation:phone');

export const newStaffSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(40),
  role: z.enum(STAFF_ROLES),
  areaId: z.string().min(1),
  password: passwordSchema,
  phone: phoneSchema.optional(),
});

/** The level of area each role serves; an admin may sit anywhere. */
const ROLE_LEVELS: Record<StaffRole, readonly string[]> = {
  village_worker: ['village'],
  township_staff: ['township'],
  county_supervisor: ['county', 'city'],
  admin: ['province', 'city', 'county', 'township', 'village'],
};

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

export async function createStaff(
  input: z.input<typeof newStaffSchema>,
  crypto: FieldCrypto,
): Promise<StaffDoc> {
  const staff = newStaffSchema.parse(input);
  const area = await Area.findById(staff.areaId).lean<AreaDoc>();
  if (!area) throw new AppError(404, 'area_missing', { id: staff.areaId });
  if (!ROLE_LEVELS[staff.role].includes(area.level)) {
    throw new AppError(400, 'role_area_mismatch', { role: staff.role, level: area.level });
  }
  if (await Staff.exists({ username: staff.username })) {
    throw new AppError(409, 'username_taken', { username: staff.username });
  }
  const created = await Staff.create({
    username: staff.username,
    displayName: staff.displayName,
    role: staff.role,
    areaId: area._id,
    areaPath: area.path,
    passwordHash: await argon2.hash(staff.password, { type: argon2.argon2id }),
    phoneSealed: staff.phone ? crypto.encrypt(staff.phone) : null,
    phoneIndex: staff.phone ? crypto.blindIndex('phone', staff.phone) : null,
  });
  return created.toObject();
}

export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

// Verified against when the username is unknown, so both paths take the same time.
const DUMMY_HASH = argon2.hash('not-a-real-password', { type: argon2.argon2id });

/**
 * Checks a password. Failures are counted with single-document atomic updates; reaching
 * the limit locks the account for a while. Unknown, disabled and wrong all look the same.
 */
export async function verifyStaffLogin(
  username: string,
  password: string,
  policy: LockoutPolicy,
  now = new Date(),
): Promise<StaffPrincipal> {
  const staff = await Staff.findOne({ username: username.trim().toLowerCase() }).lean<StaffDoc>();
  if (!staff || staff.disabled) {
    await argon2.verify(await DUMMY_HASH, password);
    throw new AppError(401, 'bad_credentials');
  }
  if (staff.lockedUntil && staff.lockedUntil > now) {
    throw new AppError(423, 'account_locked', { minutes: Math.ceil((+staff.lockedUntil - +now) / 60000) });
  }
  if (!(await argon2.verify(staff.passwordHash, password))) {
    const after = await Staff.findOneAndUpdate(
      { _id: staff._id },
      { $inc: { failedLogins: 1 } },
      // No projection: FerretDB v1's findAndModify does not support "fields".
      { returnDocument: 'after' },
    ).lean<StaffDoc>();
    if (after && after.failedLogins >= policy.maxFailures) {
      await Staff.updateOne(
        { _id: staff._id },
        { $set: { failedLogins: 0, lockedUntil: new Date(+now + policy.lockMinutes * 60000) } },
      );
      throw new AppError(423, 'account_locked', { minutes: policy.lockMinutes });
    }
    throw new AppError(401, 'bad_credentials');
  }
  if (staff.failedLogins > 0 || staff.lockedUntil) {
    await Staff.updateOne({ _id: staff._id }, { $set: { failedLogins: 0, lockedUntil: null } });
  }
  return principalOf(staff);
}

export function principalOf(staff: StaffDoc): StaffPrincipal {
  return {
    kind: 'staff',
    staffId: String(staff._id),
    username: staff.username,
    role: staff.role,
    areaId: staff.areaId,
  };
}

export async function findStaff(id: string): Promise<StaffDoc | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  return Staff.findById(id).lean<StaffDoc>();
}

export async function findStaffByUsername(username: string): Promise<StaffDoc> {
  const staff = await Staff.findOne({ username: username.trim().toLowerCase() }).lean<StaffDoc>();
  if (!staff) throw notFound();
  return staff;
}

/** Sets a new password and lifts any lock; the caller ends the account's sessions. */
export async function resetPassword(username: string, password: string): Promise<StaffDoc> {
  const hash = await argon2.hash(passwordSchema.parse(password), { type: argon2.argon2id });
  const staff = await Staff.findOneAndUpdate(
    { username: username.trim().toLowerCase() },
    { $set: { passwordHash: hash, failedLogins: 0, lockedUntil: null } },
    { returnDocument: 'after' },
  ).lean<StaffDoc>();
  if (!staff) throw notFound();
  return staff;
}

export async function setDisabled(username: string, disabled: boolean): Promise<StaffDoc> {
  const staff = await Staff.findOneAndUpdate(
    { username: username.trim().toLowerCase() },
    { $set: { disabled } },
    { returnDocument: 'after' },
  ).lean<StaffDoc>();
  if (!staff) throw notFound();
  return staff;
}
