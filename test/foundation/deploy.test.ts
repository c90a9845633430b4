import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { botConfigSchema } from '../../bot/config';
import { configSchema } from '../../server/config';

/**
 * The production shape (deploy/) is not run here (no container engine), so its wiring is checked as data: every
 * setting a service is given is one its program reads, and every address names a service at a port it listens on.
 */
const DEPLOY = path.join(__dirname, '../../deploy');
const compose = parse(fs.readFileSync(path.join(DEPLOY, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, { environment?: Record<string, string>; command?: string[] }>;
};
const nginx = fs.readFileSync(path.join(DEPLOY, 'nginx.conf'), 'utf8');
const services = compose.services;
const env = (name: string) => services[name]?.environment ?? {};

/** The ports each service listens on, as its own settings say. */
function portsOf(name: string): number[] {
  if (name === 'proxy') return [...nginx.matchAll(/^\s*listen (\d+)/gm)].map((m) => Number(m[1]));
  if (name === 'redis') return [6379];
  if (name.startsWith('mongo')) return [27017];
  if (name === 'bot') return [Number(env('bot').BOT_PORT)];
  return [Number(env(name).PORT)];
}

const isBot = (name: string) => services[name]?.command?.includes('dist/bot/main.js') ?? false;

describe('deployment files', () => {
  it('give each program only settings it reads', () => {
    const apis = Object.keys(services).filter((name) => env(name).MONGODB_URI !== undefined);
    expect(apis.length).toBeGreaterThanOrEqual(2);
    const unknown = Object.keys(services).flatMap((name) => {
      const schema = isBot(name) ? botConfigSchema : apis.includes(name) ? configSchema : undefined;
      if (!schema) return [];
      return Object.keys(env(name))
        .filter((key) => !(key in schema.shape))
        .map((key) => `${name}: ${key}`);
    });
    expect(unknown).toEqual([]);
  });

  it('send every address to a service at a port it listens on', () => {
    const addresses = [
      ...[...nginx.matchAll(/(?:server|proxy_pass http:\/\/)\s*([a-z0-9]+):(\d+)/g)].map(
        (m) => `${m[1]}:${m[2]}`,
      ),
      ...Object.keys(services).flatMap((name) =>
        Object.entries(env(name))
          .filter(([key]) => key.endsWith('_URL') || key.endsWith('_URI'))
          .flatMap(([, value]) => [...value.matchAll(/\/\/([^/?]+)/g)].flatMap((m) => m[1]!.split(','))),
      ),
    ];
    expect(addresses.length).toBeGreaterThan(8);
    const astray = addresses.filter((address) => {
      const [host = '', port] = address.split(':');
      return !services[host] || !portsOf(host).includes(Number(port));
    });
    expect(astray).toEqual([]);
    // The bot reaches the API and the API reaches the bot.
    expect(env('bot').BOT_API_URL).toMatch(/^http:\/\/proxy:\d+$/);
    expect(env('api1').BOT_PUSH_URL).toMatch(/^http:\/\/bot:\d+\/push$/);
  });
});
