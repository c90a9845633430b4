import { LEASE_MS } from '../../server/http/idempotency';
import { sleep, type ApiProcess } from './api-process';

/** One idempotent request of a client: sent again, byte for byte, under the same key after the kill. */
export interface KeyedCall {
  key: string;
  send(url: string): Promise<Response>;
}

export interface KillOutcome {
  /** Requests cut off by the kill or refused a connection while no process listened. */
  cut: number;
  /** Each key's 201 answer on the fresh process. */
  answers: Map<string, unknown>;
  /** Keys never answered 201: still "in progress" after the killed process's lease must have run out, or refused. */
  stuckKeys: number;
  serverErrors: number;
  retrySeconds: number;
}

/**
 * Every client sends its calls one after another; the API process is killed with SIGKILL once `killAfter` have
 * been answered. A fresh process is started and every call is retried with its key, waiting out the dead
 * process's leases as `Retry-After` says.
 */
export async function killAndRetry(
  api: ApiProcess,
  clients: KeyedCall[][],
  killAfter: number,
): Promise<KillOutcome> {
  let answered = 0;
  let cut = 0;
  let reached!: () => void;
  const killPoint = new Promise<void>((resolve) => (reached = resolve));
  const sending = Promise.all(
    clients.map(async (calls) => {
      for (const call of calls) {
        const res = await call.send(api.url).catch(() => undefined);
        if (!res) cut += 1;
        else if ((answered += 1) === killAfter) reached();
      }
    }),
  );
  await Promise.race([killPoint, sending]);
  const killedAt = performance.now();
  api.kill();
  await sending;
  await api.start();

  const started = performance.now();
  const outcome: KillOutcome = { cut, answers: new Map(), stuckKeys: 0, serverErrors: 0, retrySeconds: 0 };
  await Promise.all(
    clients.flat().map(async (call) => {
      for (;;) {
        // The killed process renewed its leases until it died, so none outlives the kill by more than LEASE_MS
        // (a second more covers the round trips): a key still held for a request sent after that is stuck.
        const leaseOver = performance.now() - killedAt > LEASE_MS + 1000;
        const res = await call.send(api.url);
        if (res.status >= 500) outcome.serverErrors += 1;
        if (res.status === 201) {
          outcome.answers.set(call.key, await res.json());
          return;
        }
        const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
        if (res.status !== 409 || body?.error?.code !== 'idempotency_in_progress' || leaseOver) {
          outcome.stuckKeys += 1;
          return;
        }
        await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
      }
    }),
  );
  outcome.retrySeconds = (performance.now() - started) / 1000;
  return outcome;
}
