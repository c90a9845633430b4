import {
  AppError,
  forbidden,
  notFound,
  notYourApplication,
  outsideJurisdiction,
  unauthenticated,
} from '../http/errors';
import type { Audience, Principal, ResidentPrincipal, StaffPrincipal, StaffRole } from './principal';

/** Where a record sits: its area with all ancestors, and the resident who owns it, if any. */
export interface RecordScope {
  areaPath: string[];
  ownerResidentId?: string;
}

/** A record loaded for a request, with where it sits. */
export interface ScopedRecord<T> extends RecordScope {
  record: T;
}

/**
 * A route's access rule. `allow` names who may call it; `scope` loads the target record from
 * the validated input, so the jurisdiction check happens here and nowhere else, and the
 * handler receives the record it was checked on instead of loading it again.
 */
export type Access<I, T, A extends Audience = Audience> =
  | 'public'
  | {
      allow: readonly A[];
      scope?: (input: I) => Promise<ScopedRecord<T> | null>;
      /** Open to staff who still hold a one-time password (changing it, signing out, who am I). */
      withOneTimePassword?: boolean;
    };

/**
 * The principal a handler receives, typed from its route's `allow` list: a resident for resident-only routes,
 * a staff member for staff-only routes, possibly nobody for public ones (A is then never).
 */
export type PrincipalOf<A extends Audience> = [A] extends [never]
  ? Principal | undefined
  : [A] extends ['resident']
    ? ResidentPrincipal
    : [A] extends [StaffRole]
      ? StaffPrincipal
      : Principal;

export function audienceOf(principal: Principal): Audience {
  return principal.kind === 'resident' ? 'resident' : principal.role;
}

/** A staff member reaches records whose area path contains their own area. */
export function reaches(principal: Principal, scope: RecordScope): boolean {
  if (principal.kind === 'resident') return scope.ownerResidentId === principal.residentId;
  return scope.areaPath.includes(principal.areaId);
}

/** The refusal of a record out of reach, in the caller's terms: a resident's own case, a staff member's area. */
export function outOfReach(principal: Principal) {
  return principal.kind === 'resident' ? notYourApplication() : outsideJurisdiction();
}

/** Checked before the input is even parsed: is the caller signed in, and of an admitted audience? */
export function admit<I, T, A extends Audience>(
  access: Access<I, T, A>,
  principal: Principal | undefined,
): void {
  if (access === 'public') return;
  if (!principal) throw unauthenticated();
  if (!(access.allow as readonly Audience[]).includes(audienceOf(principal))) throw forbidden();
  if (principal.kind === 'staff' && principal.mustChangePassword && !access.withOneTimePassword)
    throw new AppError(403, 'password_change_required');
}

/** Checked on the validated input: does the target record lie within the caller's reach? Returns it. */
export async function checkScope<I, T, A extends Audience>(
  access: Access<I, T, A>,
  principal: Principal | undefined,
  input: I,
): Promise<T | undefined> {
  if (access === 'public' || !access.scope || !principal) return undefined;
  const scoped = await access.scope(input);
  if (!scoped) throw notFound();
  if (!reaches(principal, scoped)) throw outOfReach(principal);
  return scoped.record;
}
