import path from 'node:path';

/**
 * Renders the mini-program's real pages and components under miniprogram-simulate. Pages are Components there:
 * `Page()` maps a page definition onto `Component()` (data stays data, functions become methods, onLoad runs with
 * the query when attached, then onShow).
 */

// Loaded with require: its typings use the mini-program's global types, which the tests' type-check leaves out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as {
  load(componentPath: string, options?: Record<string, unknown>): string;
  render(id: string, properties?: Record<string, unknown>): Rendered;
  sleep(ms: number): Promise<void>;
};

export interface Node {
  dom: { textContent: string | null; outerHTML: string; getAttribute(name: string): string | null };
  dispatchEvent(event: string, options?: { detail?: unknown }): void;
  querySelector(selector: string): Node | undefined;
  querySelectorAll(selector: string): Node[];
  instance: Record<string, unknown> & { data: Record<string, unknown> };
}

export interface Rendered extends Node {
  attach(parent: unknown): void;
  detach(): void;
}

export const ROOT = path.resolve(__dirname, '..', '..', '..', 'miniprogram');

let query: Record<string, string> = {};

function installPageShim() {
  (globalThis as Record<string, unknown>).Page = (def: Record<string, unknown>) => {
    const { data, onLoad, onShow, ...rest } = def as {
      data?: Record<string, unknown>;
      onLoad?: (q: Record<string, string>) => void;
      onShow?: () => void;
    } & Record<string, unknown>;
    const methods = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'function'));
    const Component = (globalThis as unknown as { Component: (o: unknown) => void }).Component;
    Component({
      data,
      methods: { ...methods, onLoad, onShow },
      lifetimes: {
        attached(this: { onLoad?: (q: unknown) => void; onShow?: () => void }) {
          this.onLoad?.({ ...query });
          this.onShow?.();
        },
      },
    });
  };
  (globalThis as Record<string, unknown>).App = () => undefined;
  (globalThis as Record<string, unknown>).getApp = () => ({});
}

const loaded = new Map<string, string>();

/** Renders a page (e.g. 'pages/apply/index') with its query, attached to the document. */
export function openPage(page: string, pageQuery: Record<string, string> = {}): Rendered {
  installPageShim();
  query = pageQuery;
  let id = loaded.get(page);
  if (!id) {
    // Components run their Component() call when first required; jest keeps modules, so a page loaded after
    // another that shares a component needs a fresh registry to register it again.
    jest.resetModules();
    id = simulate.load(path.join(ROOT, page), { compiler: 'simulate', rootPath: ROOT });
    loaded.set(page, id);
  }
  const rendered = simulate.render(id);
  const { document } = globalThis as unknown as { document: { createElement(tag: string): unknown } };
  rendered.attach(document.createElement('parent-wrapper'));
  return rendered;
}

/** The visible text of a node, whitespace squeezed. */
export const textOf = (node: Node | undefined) => (node?.dom.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Taps the element with this selector (events reach the page on the next turn, as in WeChat). */
export async function tap(page: Node, selector: string): Promise<void> {
  const node = page.querySelector(selector);
  if (!node) throw new Error(`nothing to tap at ${selector}`);
  node.dispatchEvent('tap');
  await simulate.sleep(5);
}

/** Types into an input, as WeChat reports it (detail.value). */
export async function type(page: Node, selector: string, value: string): Promise<void> {
  const node = page.querySelector(selector);
  if (!node) throw new Error(`no input at ${selector}`);
  node.dispatchEvent('input', { detail: { value } });
  await simulate.sleep(5);
}

/** Waits until `check` passes (the page is waiting on the network), or fails with its last error. */
export async function until(check: () => void, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() - start > timeoutMs) throw err;
      await simulate.sleep(20);
    }
  }
}
