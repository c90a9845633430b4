import { forbidden, notFound, outsideJurisdiction, unauthenticated } from '../http/errors';
import type { Audience, Principal, StaffPrincipal } from './principal';

/** Where a record sits: its area with all ancestors, and the resident who owns it, if any. */
export interface RecordScope {
  areaPath: string[];
  ownerResidentId?: string;
}

/**
 * A route's access rule. `allow` names who may call it; `scope` loads the target record's
 * scope from the validated input, so the jurisdiction check happens here and nowhere else.
 */
export type Access<I> =
  | 'public'
  | {
      allow: readonly Audience[];
      scope?: (input: I) => Promise<RecordScope | null>;
    };

export function audienceOf(principal: Principal): Audience {
  return principal.kind === 'resident' ? 'resident' : principal.role;
}

/** A staff member reaches records whose area path contains their own area. */
export function reaches(principal: Principal, scope: RecordScope): boolean {
  if (principal.kind === 'resident') return scope.ownerResidentId === principal.residentId;
  return scope.areaPath.includes(principal.areaId);
}

/** Mongo filter limiting a listing to the staff member's jurisdiction. */
export function jurisdictionFilter(principal: StaffPrincipal): { areaPath: string } {
  return { areaPath: principal.areaId };
}

/** Checked before the input is even parsed: is the caller signed in, and of an admitted audience? */
export function admit<I>(access: Access<I>, principal: Principal | undefined): void {
  if (access === 'public') return;
  if (!principal) throw unauthenticated();
  if (!access.allow.includes(audienceOf(principal))) throw forbidden();
}

/** Checked on the validated input: does the target record lie within the caller's reach? */
export async function checkScope<I>(
  access: Access<I>,
  principal: Principal | undefined,
  input: I,
): Promise<void> {
  if (access === 'public' || !access.scope || !principal) return;
  const scope = await access.scope(input);
  if (!scope) throw notFound();
  if (!reaches(principal, scope)) throw outsideJurisdiction();
}
