import { call, useSession } from './api';

/**
 * Who is signed in on this phone. A resident signs in with wx.login → /api/v1/auth/wechat, silently, and is signed
 * in again the same way when the session ends (the API client asks on a 401). A village worker signs in to worker
 * mode with username and password; that session is used while worker mode is on, and is not renewed silently.
 */

interface Stored {
  token: string;
  expiresAt: number;
}

const RESIDENT_KEY = 'session.resident';
const STAFF_KEY = 'session.staff';
const MODE_KEY = 'session.mode';
/** Renew a little before the server ends the session. */
const MARGIN_MS = 60_000;

export type Mode = 'resident' | 'worker';

export interface StaffInfo {
  username: string;
  role: string;
  areaId: string;
}

function read(key: string): Stored | null {
  const s = wx.getStorageSync(key) as Stored | '';
  return s && s.expiresAt - MARGIN_MS > Date.now() ? s : null;
}

function keep(key: string, token: string, expiresIn: number): void {
  wx.setStorageSync(key, { token, expiresAt: Date.now() + expiresIn * 1000 });
}

export function mode(): Mode {
  return wx.getStorageSync(MODE_KEY) === 'worker' && read(STAFF_KEY) ? 'worker' : 'resident';
}

export function staffInfo(): StaffInfo | null {
  return read(STAFF_KEY) ? ((wx.getStorageSync('session.staffInfo') as StaffInfo) ?? null) : null;
}

function wxLoginCode(): Promise<string> {
  return new Promise((resolve, reject) => {
    wx.login({ success: (r) => resolve(r.code), fail: (e) => reject(new Error(e.errMsg)) });
  });
}

let signingIn: Promise<boolean> | null = null;

/** Signs the resident in with a new wx.login code; concurrent callers share one sign-in. */
export function signInResident(): Promise<boolean> {
  signingIn ??= (async () => {
    try {
      const code = await wxLoginCode();
      const s = await call('signInWithWeChat', { body: { code } });
      keep(RESIDENT_KEY, s.token, s.expiresIn);
      return true;
    } finally {
      signingIn = null;
    }
  })();
  return signingIn;
}

/** A resident session, signing in first if there is none. */
export async function ensureResident(): Promise<void> {
  if (mode() === 'resident' && !read(RESIDENT_KEY)) await signInResident();
}

export async function signInWorker(username: string, password: string): Promise<StaffInfo> {
  const s = await call('signInStaff', { body: { username, password } });
  keep(STAFF_KEY, s.token, s.expiresIn);
  const info = { username: s.staff.username, role: s.staff.role, areaId: s.staff.areaId };
  wx.setStorageSync('session.staffInfo', info);
  wx.setStorageSync(MODE_KEY, 'worker');
  return info;
}

/** Leaves worker mode (its session ends) or signs the resident out; the next resident call signs in again. */
export async function signOut(): Promise<void> {
  try {
    await call('signOut');
  } catch {
    // Signed out on the phone either way; the server session simply expires.
  }
  if (mode() === 'worker') {
    wx.removeStorageSync(STAFF_KEY);
    wx.removeStorageSync('session.staffInfo');
    wx.setStorageSync(MODE_KEY, 'resident');
  } else {
    wx.removeStorageSync(RESIDENT_KEY);
  }
}

/** Wires the API client to these sessions. */
export function installSessions(): void {
  useSession({
    token: () => read(mode() === 'worker' ? STAFF_KEY : RESIDENT_KEY)?.token ?? null,
    renew: async () => {
      if (mode() === 'worker') {
        wx.removeStorageSync(STAFF_KEY);
        return false;
      }
      wx.removeStorageSync(RESIDENT_KEY);
      return signInResident().catch(() => false);
    },
  });
}

// Every page that needs a session imports this module: the client is wired as it loads.
installSessions();
