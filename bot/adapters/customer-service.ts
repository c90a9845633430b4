import { z } from 'zod';

const TOKEN_REFUSED = new Set([40001, 40014, 42001]);
const answerSchema = z.object({
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
  access_token: z.string().optional(),
  expires_in: z.number().optional(),
});

/**
 * The Official Account's customer-service message API (客服消息, `message/custom/send`): how an answer that took
 * longer than WeChat's five seconds, or a pushed case update, reaches the user (within 48 hours of their last
 * message). The access token is fetched once and kept until shortly before it expires; a refused token is
 * fetched again once.
 */
export class CustomerService {
  private token: { value: string; until: number } | undefined;

  constructor(
    private readonly opts: { apiBase: string; appId: string; secret: string; timeoutMs?: number },
  ) {}

  private async call(url: URL, body?: unknown): Promise<z.infer<typeof answerSchema>> {
    const res = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
    });
    if (!res.ok) throw new Error(`WeChat answered HTTP ${res.status}`);
    return answerSchema.parse(JSON.parse(await res.text()));
  }

  private async accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.until) return this.token.value;
    const url = new URL('/cgi-bin/token', this.opts.apiBase);
    url.searchParams.set('grant_type', 'client_credential');
    url.searchParams.set('appid', this.opts.appId);
    url.searchParams.set('secret', this.opts.secret);
    const answer = await this.call(url);
    if (!answer.access_token) throw new Error(`WeChat token: errcode ${answer.errcode ?? '?'}`);
    const seconds = Math.max(60, (answer.expires_in ?? 7200) - 300);
    this.token = { value: answer.access_token, until: Date.now() + seconds * 1000 };
    return answer.access_token;
  }

  /** Sends a text to a user of the Official Account; throws when WeChat refuses it. */
  async sendText(openid: string, content: string): Promise<void> {
    const body = { touser: openid, msgtype: 'text', text: { content } };
    for (let attempt = 0; attempt < 2; attempt++) {
      const url = new URL('/cgi-bin/message/custom/send', this.opts.apiBase);
      url.searchParams.set('access_token', await this.accessToken());
      const answer = await this.call(url, body);
      if (!answer.errcode) return;
      if (attempt === 0 && TOKEN_REFUSED.has(answer.errcode)) {
        this.token = undefined;
        continue;
      }
      throw new Error(`WeChat custom/send: errcode ${answer.errcode}`);
    }
  }
}
