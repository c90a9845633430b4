import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { seedAreas } from '../support/fixtures';
import { startBotRig } from '../support/bot';

/**
 * Conversation scripts (conversations/*.yaml: the user says, the bot's reply contains) run end to end: Wechaty's
 * mock puppet → the engine → the real backend over HTTP.
 */

interface Script {
  name: string;
  turns: {
    user?: string;
    send?: string;
    bot: string[];
    screening?: boolean;
    capture?: Record<string, string>;
  }[];
  household?: Record<string, unknown>;
}

const dir = path.join(__dirname, 'conversations');
const scripts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Script);

let rig: Awaited<ReturnType<typeof startBotRig>>;

beforeAll(async () => {
  rig = await startBotRig();
  await seedAreas();
}, 60_000);
afterAll(async () => rig?.close());

describe.each(scripts.map((s) => [s.name, s] as const))('conversation: %s', (_name, script) => {
  it('answers each turn as the script says', async () => {
    const resident = await rig.resident();
    const captured: Record<string, string> = { long: '请问'.repeat(300) };
    for (const turn of script.turns) {
      const said = turn.user?.replace(/\{(\w+)\}/g, (_, k: string) => captured[k] ?? '');
      const replies = said !== undefined ? await resident.say(said) : await resident.send(turn.send!);
      const text = replies.join('\n');
      for (const expected of turn.bot) {
        if (!text.includes(expected))
          throw new Error(`after "${said ?? turn.send}" expected "${expected}" in:\n${text}`);
      }
      for (const [name, pattern] of Object.entries(turn.capture ?? {})) {
        const m = new RegExp(pattern).exec(text);
        if (!m) throw new Error(`nothing to capture as ${name} in:\n${text}`);
        captured[name] = m[0];
      }
      if (turn.screening) {
        // The chat's answer is the HTTP screener's for the same household, verdict by verdict.
        const answer = await rig.app.http
          .post('/api/v1/screenings')
          .send({ jurisdiction: 'yichun', household: script.household })
          .expect(200);
        expect(answer.body.programs.length).toBeGreaterThan(0);
        for (const p of answer.body.programs as { name: string; verdictText: string; amountText: string }[])
          expect(text).toContain(`${p.name}：${p.verdictText}。${p.amountText}`);
      }
    }
  });
});
