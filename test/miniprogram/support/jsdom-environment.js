const { TestEnvironment } = require('jest-environment-jsdom');

/**
 * jsdom for the mini-program's pages, with Node's own globals beside it, because the same test also runs the real
 * backend in-process (mongoose, the HTTP server). Packages resolve their Node builds, not their browser ones.
 */
class MiniprogramEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.customExportConditions = ['node', 'node-addons'];
    const g = this.global;
    for (const name of [
      'TextEncoder',
      'TextDecoder',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'clearImmediate',
      'structuredClone',
      'queueMicrotask',
      'fetch',
      'Request',
      'Response',
      'Headers',
      'FormData',
      'Blob',
      'File',
      'ReadableStream',
      'WritableStream',
      'TransformStream',
      'AbortController',
      'AbortSignal',
      'Event',
      'EventTarget',
      'MessageChannel',
      'BroadcastChannel',
      'performance',
      'crypto',
      'URL',
      'URLSearchParams',
    ]) {
      if (globalThis[name] !== undefined) g[name] = globalThis[name];
    }
    // Mongoose warns when it sees jsdom; here jsdom is only the pages' side, mongoose runs the backend's.
    g.process.env.SUPPRESS_JEST_WARNINGS = 'true';
  }
}

module.exports = MiniprogramEnvironment;
