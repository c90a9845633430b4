import { Application, type ApplicationDoc } from '../applications/application-model';

/** A binding as stored (a plain object: bindings are read lean). */
export interface ChatBinding {
  id: string;
  tokenIndex: string;
  chatSealed: string;
  boundAt: Date;
}

export const MAX_BINDINGS = 5;
const ATTEMPTS = 5;

/**
 * Changes a case's chat bindings in one atomic update: reads them, computes the new list and writes it back only
 * if nobody changed them meanwhile (the same bindings at the same places), else reads again. FerretDB v1 has no
 * `$pull` with a condition, so a binding is removed by writing the list without it. `change` answers null to
 * leave the list as it is; the answer is the list written, or null.
 */
export async function changeBindings(
  applicationId: ApplicationDoc['_id'],
  change: (current: ChatBinding[]) => ChatBinding[] | null,
): Promise<ChatBinding[] | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const app = await Application.findById(applicationId).lean<ApplicationDoc>();
    if (!app) return null;
    const current = (app.chatBindings ?? []) as ChatBinding[];
    const next = change(current);
    if (!next) return null;
    const unchanged = Object.fromEntries(current.map((b, i) => [`chatBindings.${i}.id`, b.id]));
    const saved = await Application.updateOne(
      { _id: app._id, chatBindings: { $size: current.length }, ...unchanged },
      { $set: { chatBindings: next } },
    );
    if (saved.matchedCount === 1) return next;
  }
  throw new Error('the chat bindings of a case kept changing');
}
