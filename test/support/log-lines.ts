import { Writable } from 'node:stream';

/**
 * Where a logger writes in a test: each JSON line it writes is parsed into `lines`, to read what the product
 * said. `L` is the shape the test reads.
 */
export function logLines<L = Record<string, unknown>>(): { lines: L[]; sink: Writable } {
  const lines: L[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as L);
      done();
    },
  });
  return { lines, sink };
}
