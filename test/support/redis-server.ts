import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { stopChild } from '../../server/runtime/child-process';

/** A free loopback port (released again before it is used, as every such helper does). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.write('PING\r\n');
    });
    socket.once('data', (d) => {
      socket.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * A redis-server of our own on a free loopback port, without persistence, that a test may stop and start
 * again on the same port (never the machine's Redis on 6379).
 */
export async function startOwnRedis(): Promise<{
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    // Started already: a second redis-server would fail to bind, and the first one would be lost track of.
    if (child) return;
    child = spawn(
      'redis-server',
      ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    for (let i = 0; i < 100 && !(await answers(port)); i += 1) await new Promise((r) => setTimeout(r, 50));
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop: async () => {
      if (child) await stopChild(child);
      child = undefined;
    },
  };
}
