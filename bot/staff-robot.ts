import type { StaffHandoff } from './engine/engine';
import type { BotLogger } from './logger';

/** WeCom allows a robot 20 messages a minute: hand-offs beyond wait their turn, none is dropped. */
const PER_MINUTE = 20;

/**
 * Hands a conversation to a place's township staff through its WeCom group robot (BOT_WECOM_WEBHOOKS): a
 * markdown summary, sent at most 20 a minute per robot.
 */
export class StaffRobot implements StaffHandoff {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly webhooks: ReadonlyMap<string, string>,
    private readonly logger: BotLogger,
    private readonly timeoutMs = 10_000,
  ) {}

  private async turn(url: string): Promise<void> {
    for (;;) {
      const now = Date.now();
      const recent = (this.sent.get(url) ?? []).filter((t) => now - t < 60_000);
      if (recent.length < PER_MINUTE) {
        recent.push(now);
        this.sent.set(url, recent);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 60_000 - (now - recent[0]!) + 10));
    }
  }

  async send(place: string, markdown: string): Promise<boolean> {
    const url = this.webhooks.get(place);
    if (!url) {
      this.logger.warn({ place }, 'no WeCom robot for this place (BOT_WECOM_WEBHOOKS): hand-off not sent');
      return false;
    }
    await this.turn(url);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ msgtype: 'markdown', markdown: { content: markdown.slice(0, 1300) } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const body = (await res.json().catch(() => ({}))) as { errcode?: number };
      if (res.ok && body.errcode === 0) return true;
      this.logger.warn(
        { place, status: res.status, errcode: body.errcode },
        'WeCom robot refused the hand-off',
      );
      return false;
    } catch (err) {
      this.logger.warn(
        { place, err: err instanceof Error ? err.message : String(err) },
        'WeCom robot unreachable',
      );
      return false;
    }
  }
}
