import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/**
 * The `wx` object of a phone, for tests: storage in memory; `wx.request` and `wx.uploadFile` carried over real HTTP
 * to the server the test started (the mini-program's configured address is mapped to it); `wx.login` gives codes the
 * local code2session server knows; photos, subscribe messages, navigation and the clipboard are recorded so tests
 * can assert what the person saw and did.
 */

const CONFIGURED_BASE = 'http://127.0.0.1:3000';

export interface Phone {
  storage: Map<string, unknown>;
  navigations: string[];
  clipboard: string[];
  toasts: string[];
  subscribeRequests: string[][];
  /** The photo wx.chooseMedia answers next (a path on disk and its size). */
  nextPhoto: { path: string; size: number } | null;
  /** While true, wx.request and wx.uploadFile fail as without a network. */
  offline: boolean;
  /** The next this many wx.request calls are answered 503 by a proxy in front of the server, as during a restart. */
  unavailable: number;
  /** Requests made, as "METHOD /path" with their Idempotency-Key and JSON body. */
  requests: { method: string; path: string; key: string | undefined; body?: unknown }[];
  fontSizeSetting: number;
  loginCodes: string[];
  networkListeners: ((s: { isConnected: boolean }) => void)[];
  privacyListener: ((resolve: (r: unknown) => void) => void) | null;
}

function send(
  base: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
): Promise<{ status: number; text: string }> {
  const target = new URL(url.replace(CONFIGURED_BASE, base));
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      { method, headers: { ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function multipart(fields: Record<string, string>, name: string, filePath: string) {
  const boundary = `----mp${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${path.basename(filePath)}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    fs.readFileSync(filePath),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

/** Installs `wx` (and getCurrentPages) on the global object, talking to `base`. */
export function installPhone(base: string, loginCodes: string[] = []): Phone {
  const phone: Phone = {
    storage: new Map(),
    navigations: [],
    clipboard: [],
    toasts: [],
    subscribeRequests: [],
    nextPhoto: null,
    offline: false,
    unavailable: 0,
    requests: [],
    fontSizeSetting: 17,
    loginCodes,
    networkListeners: [],
    privacyListener: null,
  };
  const later = (fn: () => void) => setTimeout(fn, 0);
  const wx = {
    getStorageSync: (k: string) => (phone.storage.has(k) ? structuredClone(phone.storage.get(k)) : ''),
    setStorageSync: (k: string, v: unknown) => phone.storage.set(k, structuredClone(v)),
    removeStorageSync: (k: string) => phone.storage.delete(k),
    getAppBaseInfo: () => ({
      fontSizeSetting: phone.fontSizeSetting,
      fontSizeScaleFactor: phone.fontSizeSetting / 17,
    }),
    login: (o: { success(r: { code: string }): void; fail(e: { errMsg: string }): void }) =>
      later(() => {
        const code = phone.loginCodes.shift();
        if (code) o.success({ code });
        else o.fail({ errMsg: 'login:fail no code' });
      }),
    request: (o: {
      url: string;
      method: string;
      data?: unknown;
      header: Record<string, string>;
      success(r: { statusCode: number; data: unknown }): void;
      fail(e: { errMsg: string }): void;
    }) => {
      const target = new URL(o.url.replace(CONFIGURED_BASE, base));
      phone.requests.push({
        method: o.method,
        path: target.pathname,
        key: o.header['Idempotency-Key'],
        body: o.data === undefined ? undefined : structuredClone(o.data),
      });
      if (phone.offline) return later(() => o.fail({ errMsg: 'request:fail offline' }));
      if (phone.unavailable > 0) {
        phone.unavailable -= 1;
        return later(() =>
          o.success({ statusCode: 503, data: '<html>503 Service Temporarily Unavailable</html>' }),
        );
      }
      const body =
        o.method === 'GET' || o.data === undefined ? undefined : Buffer.from(JSON.stringify(o.data));
      send(base, o.method, o.url, o.header, body).then(
        (r) => {
          let data: unknown = r.text;
          try {
            data = JSON.parse(r.text);
          } catch {
            // a text answer stays text, as in WeChat
          }
          o.success({ statusCode: r.status, data });
        },
        () => o.fail({ errMsg: 'request:fail' }),
      );
    },
    uploadFile: (o: {
      url: string;
      filePath: string;
      name: string;
      formData: Record<string, string>;
      header: Record<string, string>;
      success(r: { statusCode: number; data: string }): void;
      fail(e: { errMsg: string }): void;
    }) => {
      const progress: ((p: { progress: number }) => void)[] = [];
      const target = new URL(o.url.replace(CONFIGURED_BASE, base));
      phone.requests.push({ method: 'UPLOAD', path: target.pathname, key: o.header['Idempotency-Key'] });
      if (phone.offline) later(() => o.fail({ errMsg: 'uploadFile:fail offline' }));
      else {
        const form = multipart(o.formData, o.name, o.filePath);
        later(() => progress.forEach((p) => p({ progress: 50 })));
        send(base, 'POST', o.url, { ...o.header, 'Content-Type': form.type }, form.body).then(
          (r) => {
            progress.forEach((p) => p({ progress: 100 }));
            o.success({ statusCode: r.status, data: r.text });
          },
          () => o.fail({ errMsg: 'uploadFile:fail' }),
        );
      }
      return { onProgressUpdate: (fn: (p: { progress: number }) => void) => progress.push(fn) };
    },
    chooseMedia: (o: { success(r: { tempFiles: { tempFilePath: string; size: number }[] }): void }) =>
      later(() => {
        const photo = phone.nextPhoto;
        if (photo) o.success({ tempFiles: [{ tempFilePath: photo.path, size: photo.size }] });
      }),
    requestSubscribeMessage: (o: { tmplIds: string[]; success?(r: unknown): void; complete?(): void }) => {
      phone.subscribeRequests.push(o.tmplIds);
      later(() => {
        o.success?.(Object.fromEntries(o.tmplIds.map((id) => [id, 'accept'])));
        o.complete?.();
      });
    },
    navigateTo: (o: { url: string }) => phone.navigations.push(o.url),
    redirectTo: (o: { url: string }) => phone.navigations.push(o.url),
    showToast: (o: { title: string }) => phone.toasts.push(o.title),
    setClipboardData: (o: { data: string; success?(): void }) => {
      phone.clipboard.push(o.data);
      o.success?.();
    },
    onNetworkStatusChange: (fn: (s: { isConnected: boolean }) => void) => phone.networkListeners.push(fn),
    onNeedPrivacyAuthorization: (fn: (resolve: (r: unknown) => void) => void) => (phone.privacyListener = fn),
  };
  Object.assign(globalThis, { wx });
  return phone;
}
