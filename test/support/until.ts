/** Asks `check` every `every` ms until it holds or `ms` have passed: whether it held. */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  ms = 10_000,
  every = 20,
): Promise<boolean> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  return true;
}

/** Waits until `check` holds, asking again every 20 ms, or fails after `ms`. */
export async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  if (!(await eventually(check, ms))) throw new Error('condition not met in time');
}
