import { botChatSignature } from '../../server/http/rate-limit';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The bot speaks for many residents from one address: a call signed for a chat counts against that chat, so one
 * busy resident cannot use up everybody's screenings, and an unsigned or forged chat counts against the address.
 */

const SECRET = 'shared-bot-secret-0123456789';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SCREENING_RATE_LIMIT: '2', BOT_PUSH_SECRET: SECRET });
});
afterAll(async () => app?.close());

const body = {
  jurisdiction: 'yichun',
  household: { residenceArea: 'rural', members: [{ relation: 'self', age: 70 }] },
};
const screen = (headers: Record<string, string> = {}) =>
  app.http.post('/api/v1/screenings').set(headers).send(body);
const forChat = (chat: string, signature = botChatSignature(SECRET, chat)) => ({
  'X-Bot-Chat': chat,
  'X-Bot-Signature': signature,
});

describe('rate limits for the chat bot', () => {
  it('counts each signed chat on its own, and anything else against the address', async () => {
    const a = 'chatAAAAAAAAAAAAAAAAAA';
    const b = 'chatBBBBBBBBBBBBBBBBBB';
    await screen(forChat(a)).expect(200);
    await screen(forChat(a)).expect(200);
    await screen(forChat(a)).expect(429);
    await screen(forChat(b)).expect(200);
    // A forged signature is the address, which has its own budget of two.
    await screen(forChat(b, 'f'.repeat(64))).expect(200);
    await screen().expect(200);
    await screen(forChat('chatCCCCCCCCCCCCCCCCCC', '0'.repeat(64))).expect(429);
  });
});
