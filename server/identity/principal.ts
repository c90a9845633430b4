/** Who is calling. Residents sign in with WeChat; staff with an account scoped to an area. */
export const STAFF_ROLES = ['village_worker', 'township_staff', 'county_supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface ResidentPrincipal {
  kind: 'resident';
  residentId: string;
}

export interface StaffPrincipal {
  kind: 'staff';
  staffId: string;
  username: string;
  role: StaffRole;
  /** The area the account serves; it reaches every record in that area's subtree. */
  areaId: string;
  /** Signed in with an administrator's one-time password: only changing it is allowed. */
  mustChangePassword?: boolean;
}

export type Principal = ResidentPrincipal | StaffPrincipal;

/** An audience a route admits: residents, or staff of a role. */
export type Audience = 'resident' | StaffRole;

/** The audiences routes admit, named once. */
export const AUDIENCES = {
  /** Everyone signed in. */
  signedIn: ['resident', ...STAFF_ROLES],
  /** Who applies: residents for themselves, village workers on a resident's behalf (代为申请). */
  applicants: ['resident', 'village_worker'],
  /** The office that decides cases and answers reports: township staff, and the county supervisor above them. */
  office: ['township_staff', 'county_supervisor'],
} as const satisfies Record<string, readonly Audience[]>;

/** Who did something, as records and the audit trail keep it. */
export interface Actor {
  kind: string;
  id: string;
  role?: string;
}

export function actorOf(principal: Principal | undefined): Actor {
  if (!principal) return { kind: 'anonymous', id: '-' };
  if (principal.kind === 'resident') return { kind: 'resident', id: principal.residentId };
  return { kind: 'staff', id: principal.staffId, role: principal.role };
}
