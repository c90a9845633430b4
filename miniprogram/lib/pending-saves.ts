import { ApiError, call, type BodyOf, type ResultOf } from './api';

/**
 * A step of an application saved while offline is kept on the phone (wx storage, well under its 1 MB per key)
 * and sent again when the network returns or the page opens again, so nothing typed is lost.
 */

const KEY = 'pending.household';

type Saved = ResultOf<'saveHousehold'>;
type Pending = Record<string, BodyOf<'saveHousehold'>>;

function all(): Pending {
  return (wx.getStorageSync(KEY) as Pending) || {};
}

export function pendingFor(applicationId: string): BodyOf<'saveHousehold'> | null {
  return all()[applicationId] ?? null;
}

function forget(applicationId: string): void {
  const rest = all();
  delete rest[applicationId];
  wx.setStorageSync(KEY, rest);
}

/** Saves the household; offline, keeps it to send later and answers null (the ApiError says so to the page). */
export async function saveHousehold(applicationId: string, body: BodyOf<'saveHousehold'>): Promise<Saved> {
  try {
    const saved = await call('saveHousehold', { path: { id: applicationId }, body });
    forget(applicationId);
    return saved;
  } catch (err) {
    if (err instanceof ApiError && err.offline) wx.setStorageSync(KEY, { ...all(), [applicationId]: body });
    throw err;
  }
}

/** Sends every kept save; those still offline stay kept. Answers the drafts that were saved. */
export async function resendPending(): Promise<Saved[]> {
  const saved: Saved[] = [];
  for (const [id, body] of Object.entries(all())) {
    try {
      saved.push(await saveHousehold(id, body));
    } catch (err) {
      // Refused for good (a newer revision elsewhere, say): drop it, the page shows the server's draft.
      if (!(err instanceof ApiError && err.offline)) forget(id);
    }
  }
  return saved;
}
