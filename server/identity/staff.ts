import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { z } from 'zod';
import { AREA_LEVELS, Area, type AreaDoc } from '../areas/area-model';
import { AppError, notFound } from '../http/errors';
import type { FieldCrypto } from '../privacy/field-crypto';
import type { SignInGuard } from './sign-in-guard';
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
  admin: AREA_LEVELS,
};

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Adds an account. `oneTime`: the password was made up for the person (the admin CLI prints it), so they must
 * change it at their first sign-in.
 */
export async function createStaff(
  input: z.input<typeof newStaffSchema>,
  crypto: FieldCrypto,
  opts: { oneTime?: boolean } = {},
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
    mustChangePassword: opts.oneTime === true,
  });
  return created.toObject();
}

// Verified against when the username is unknown, so both paths take the same time.
const DUMMY_HASH = argon2.hash('not-a-real-password', { type: argon2.argon2id });

export interface SignInAttempt {
  username: string;
  password: string;
  /** The client's address: only its daily HMAC is kept, by the guard. */
  address: string;
}

export interface SignedIn {
  principal: StaffPrincipal;
  /** Failed attempts on the account since its previous sign-in, for the staff member to see. */
  failedSignIns: { count: number; lastAt: Date | null };
}

/** 429 while the guard holds this username and source: how long to wait, in the message and Retry-After. */
export class SignInSlowed extends AppError {
  constructor(readonly seconds: number) {
    super(429, 'sign_in_slowed', { seconds });
  }
}

/**
 * Checks a password. A source that keeps failing is slowed down by the guard (sign-in-guard.ts); the account is
 * never locked. Unknown, disabled and wrong all answer the same, after the same work: one lookup, one argon2
 * verification and the guard's counters. A failure on a real account is also counted on it, after answering.
 */
export async function verifyStaffLogin(
  guard: SignInGuard,
  attempt: SignInAttempt,
  onError: (err: unknown) => void,
  now = new Date(),
): Promise<SignedIn> {
  const wait = await guard.waitSeconds(attempt.username, attempt.address);
  if (wait > 0) throw new SignInSlowed(wait);
  const staff = await Staff.findOne({ username: attempt.username.trim().toLowerCase() }).lean<StaffDoc>();
  const usable = staff && !staff.disabled;
  const valid = await argon2.verify(usable ? staff.passwordHash : await DUMMY_HASH, attempt.password);
  if (!usable || !valid) {
    await guard.failed(attempt.username, attempt.address);
    if (staff) {
      void Staff.updateOne(
        { _id: staff._id },
        { $inc: { 'failedSignIns.count': 1 }, $set: { 'failedSignIns.lastAt': now } },
      ).catch(onError);
    }
    throw new AppError(401, 'bad_credentials');
  }
  await guard.succeeded(attempt.username, attempt.address);
  await Staff.updateOne(
    { _id: staff._id },
    { $set: { 'failedSignIns.count': 0, 'failedSignIns.lastAt': null, lastSignInAt: now } },
  );
  return {
    principal: principalOf(staff),
    failedSignIns: { count: staff.failedSignIns?.count ?? 0, lastAt: staff.failedSignIns?.lastAt ?? null },
  };
}

/**
 * A staff member's own change of password: the current one is checked as a sign-in is (a wrong one counts with
 * the guard), the new one must differ, and an administrator's one-time password stops being required.
 */
export async function changeOwnPassword(
  guard: SignInGuard,
  staffId: string,
  change: { currentPassword: string; newPassword: string; address: string },
): Promise<StaffDoc> {
  const staff = await findStaff(staffId);
  if (!staff || staff.disabled) throw new AppError(401, 'unauthenticated');
  const wait = await guard.waitSeconds(staff.username, change.address);
  if (wait > 0) throw new SignInSlowed(wait);
  if (!(await argon2.verify(staff.passwordHash, change.currentPassword))) {
    await guard.failed(staff.username, change.address);
    throw new AppError(400, 'current_password_wrong');
  }
  if (change.currentPassword === change.newPassword) throw new AppError(400, 'password_unchanged');
  const hash = await argon2.hash(passwordSchema.parse(change.newPassword), { type: argon2.argon2id });
  const saved = await Staff.findOneAndUpdate(
    { _id: staff._id },
    { $set: { passwordHash: hash, mustChangePassword: false } },
    { returnDocument: 'after' },
  ).lean<StaffDoc>();
  if (!saved) throw notFound();
  return saved;
}

export function principalOf(staff: StaffDoc): StaffPrincipal {
  return {
    kind: 'staff',
    staffId: String(staff._id),
    username: staff.username,
    role: staff.role,
    areaId: staff.areaId,
    ...(staff.mustChangePassword ? { mustChangePassword: true } : {}),
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

/**
 * Sets a new password (one-time: the person must change it at their next sign-in); the caller ends the
 * account's sessions.
 */
export async function resetPassword(
  username: string,
  password: string,
  opts: { oneTime?: boolean } = {},
): Promise<StaffDoc> {
  const hash = await argon2.hash(passwordSchema.parse(password), { type: argon2.argon2id });
  const staff = await Staff.findOneAndUpdate(
    { username: username.trim().toLowerCase() },
    { $set: { passwordHash: hash, mustChangePassword: opts.oneTime === true } },
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

/** Active accounts whose area contains the given area path: those who reach a record there (see access.ts). */
export async function activeStaffReaching(areaPath: readonly string[]): Promise<StaffDoc[]> {
  return Staff.find({ areaId: { $in: areaPath }, disabled: { $ne: true } })
    .sort({ username: 1 })
    .lean<StaffDoc[]>();
}

/** The display names of staff accounts by id, for lists that say who did what (the audit trail of a case). */
export async function staffNames(ids: readonly string[]): Promise<Map<string, string>> {
  const valid = [...new Set(ids)].filter((id) => Types.ObjectId.isValid(id));
  const found = await Staff.find({ _id: { $in: valid } }, { displayName: 1 }).lean<StaffDoc[]>();
  return new Map(found.map((s) => [String(s._id), s.displayName]));
}
