/**
 * One call to an external JSON API with a time limit. Never throws: a network error, a timeout, an HTTP
 * status other than 200 or a body that is not JSON comes back as `error`, worded for the outbox record.
 */
export async function callJson(
  url: string | URL,
  init: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string>; timeoutMs: number },
): Promise<{ body: unknown } | { error: string }> {
  const host = new URL(url).host;
  try {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers:
        init.body === undefined ? init.headers : { 'Content-Type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(init.timeoutMs),
    });
    if (res.status !== 200) {
      await res.body?.cancel();
      return { error: `${host} answered HTTP ${res.status}` };
    }
    // WeChat answers JSON as text/plain, so the content type is not checked.
    return { body: JSON.parse(await res.text()) as unknown };
  } catch (err) {
    // Errors from fetch may come from another realm (a DOMException for the timeout): read them by shape.
    if ((err as { name?: unknown }).name === 'TimeoutError') {
      return { error: `${host} did not answer within ${init.timeoutMs} ms` };
    }
    if (err instanceof SyntaxError) return { error: `${host} answered something other than JSON` };
    // fetch fails with "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND …).
    const { message, cause } = err as { message?: string; cause?: { code?: string; message?: string } };
    return { error: `${host} unreachable: ${cause?.code ?? cause?.message ?? message ?? String(err)}` };
  }
}
