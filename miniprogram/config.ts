/**
 * Where the backend is. DevTools: point it at your server (and tick "不校验合法域名" for http://127.0.0.1 while
 * developing); a release build must use an HTTPS domain listed in the mini-program's server-domain settings.
 */
export const API_BASE = 'http://127.0.0.1:3000';
