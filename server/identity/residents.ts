import type { FieldCrypto } from '../privacy/field-crypto';
import type { ResidentPrincipal } from './principal';
import { Resident, type ResidentDoc } from './resident-model';
import { isDuplicateKey } from '../store/duplicate-key';

/** Finds the resident with this openid, creating them on first sign-in (one atomic upsert). */
export async function residentForOpenid(openid: string, crypto: FieldCrypto): Promise<ResidentPrincipal> {
  const openidIndex = crypto.blindIndex('openid', openid);
  const upsert = () =>
    Resident.findOneAndUpdate(
      { openidIndex },
      { $setOnInsert: { openidIndex, openidSealed: crypto.encrypt(openid) } },
      { upsert: true, returnDocument: 'after' },
    ).lean<ResidentDoc>();
  let resident: ResidentDoc | null;
  try {
    resident = await upsert();
  } catch (err) {
    // Two first sign-ins at once: the loser of the unique-index race finds the winner's record.
    if (!isDuplicateKey(err)) throw err;
    resident = await upsert();
  }
  return { kind: 'resident', residentId: String(resident!._id) };
}
