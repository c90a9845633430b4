import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { residentToken, submittedCase } from '../support/cases';
import { addStaff, seedAreas, signIn } from '../support/fixtures';
import { startBotRig } from '../support/bot';

/**
 * Conversation scripts (conversations/*.yaml) run end to end: Wechaty's mock puppet → the engine → the real
 * backend over HTTP. A turn is what the user says (or sends: image, voice …) and what the bot's reply contains;
 * the other steps act around the chat: the applicant asks the mini-program for a binding code (`code`), township
 * staff record a stage (`staff`), the bot pushes on its own (`pushed`), the answer is compared with the HTTP
 * screener (`screening`). `{name}` in what the user says is a value captured before.
 */

interface Step {
  user?: string;
  send?: string;
  bot?: string[];
  screening?: boolean;
  capture?: Record<string, string>;
  code?: 'chat';
  staff?: { stage: string; outcome?: string };
  pushed?: string[];
}

interface Script {
  name: string;
  /** A submitted case of the Dengkou test village, owned by the resident: {caseNumber} is captured. */
  case?: boolean;
  turns: Step[];
  household?: Record<string, unknown>;
}

const dir = path.join(__dirname, 'conversations');
const scripts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Script);

let rig: Awaited<ReturnType<typeof startBotRig>>;
let township: string;

beforeAll(async () => {
  rig = await startBotRig();
  await seedAreas();
  await addStaff(rig.app, 'sumu.staff', 'township_staff', '150822200');
  township = await signIn(rig.app, 'sumu.staff');
}, 60_000);
afterAll(async () => rig?.close());

function expectAll(text: string, expected: string[], after: string, captured: Record<string, string>): void {
  for (const e of expected.map((x) => fill(x, captured))) {
    if (!text.includes(e)) throw new Error(`after ${after} expected "${e}" in:\n${text}`);
  }
}

const fill = (text: string, captured: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => captured[k] ?? '');

describe.each(scripts.map((s) => [s.name, s] as const))('conversation: %s', (_name, script) => {
  it('answers each turn as the script says', async () => {
    const resident = await rig.resident();
    const captured: Record<string, string> = { long: '请问'.repeat(300) };
    const auth = { Authorization: '' };
    let caseId = '';
    if (script.case) {
      const openid = `resident-${resident.id}`;
      auth.Authorization = `Bearer ${await residentToken(rig.app, openid)}`;
      caseId = await submittedCase(rig.app, {
        token: auth.Authorization.slice(7),
        areaId: '150822201',
        programs: ['dibao'],
      });
      captured.caseNumber = (
        await rig.app.http.get(`/api/v1/applications/${caseId}`).set(auth).expect(200)
      ).body.caseNumber;
    }
    for (const step of script.turns) {
      if (step.code) {
        const made = await rig.app.http
          .post(`/api/v1/applications/${caseId}/chat-code`)
          .set(auth)
          .expect(201);
        captured.code = made.body.code;
        continue;
      }
      if (step.staff) {
        await rig.app.http
          .post(`/api/v1/applications/${caseId}/stages`)
          .set({ Authorization: `Bearer ${township}` })
          .send(step.staff)
          .expect(200);
        continue;
      }
      if (step.pushed) {
        expectAll((await resident.pushed()).join('\n'), step.pushed, 'waiting for a push', captured);
        continue;
      }
      const said = step.user === undefined ? undefined : fill(step.user, captured);
      const replies = said !== undefined ? await resident.say(said) : await resident.send(step.send!);
      const text = replies.join('\n');
      expectAll(text, step.bot ?? [], `"${said ?? step.send}"`, captured);
      for (const [name, pattern] of Object.entries(step.capture ?? {})) {
        const m = new RegExp(pattern).exec(text);
        if (!m) throw new Error(`nothing to capture as ${name} in:\n${text}`);
        captured[name] = m[0];
      }
      if (step.screening) {
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
