import { z } from 'zod';
import { Area, type AreaDoc } from '../areas/area-model';
import type { Logger } from '../logger';
import type { Sender } from '../outbox/outbox';
import { callJson } from './http-call';
import { truncateUtf8 } from './truncate';

/** WeCom takes at most 4096 bytes of markdown. */
const MAX_MARKDOWN_BYTES = 4096;
const RATE_LIMITED = 45009;
const INVALID_WEBHOOK = 93000;

const reply = z.object({ errcode: z.number(), errmsg: z.string().optional() });

/**
 * Sends markdown to the WeCom group robot (企业微信群机器人) of an area's staff: POST the webhook with
 * {msgtype: 'markdown', markdown: {content}}; {errcode: 0} means delivered. An area without a webhook of its
 * own uses its nearest ancestor's; with none at all the message is skipped with a warning.
 */
export function weComRobot(opts: {
  webhooks: ReadonlyMap<string, string>;
  timeoutMs: number;
  logger: Logger;
}): Sender<'forward' | 'wecom'> {
  const webhookFor = async (areaId: string) => {
    const own = opts.webhooks.get(areaId);
    if (own) return { areaId, url: own };
    const area = await Area.findById(areaId).lean<AreaDoc>();
    for (const id of [...(area?.path ?? [])].reverse()) {
      const url = opts.webhooks.get(id);
      if (url) return { areaId: id, url };
    }
    return null;
  };

  return async (message) => {
    const { areaId, markdown } = message.payload;
    const about = { message: message.id, kind: message.kind, areaId };
    const webhook = await webhookFor(areaId);
    if (!webhook) {
      opts.logger.warn(about, 'no WeCom webhook for the area nor any area above it (WECOM_WEBHOOKS)');
      return { status: 'skipped', reason: `no WeCom webhook for area ${areaId} or its ancestors` };
    }
    const answer = await callJson(webhook.url, {
      method: 'POST',
      // Not read by WeCom; lets a relay in between drop a repeat.
      headers: { 'X-Message-Id': message.id },
      body: { msgtype: 'markdown', markdown: { content: truncateUtf8(markdown, MAX_MARKDOWN_BYTES) } },
      timeoutMs: opts.timeoutMs,
    });
    if ('error' in answer) return { status: 'failed', error: `WeCom: ${answer.error}` };
    const parsed = reply.safeParse(answer.body);
    if (!parsed.success) return { status: 'failed', error: 'WeCom answered without an errcode' };
    const { errcode, errmsg } = parsed.data;
    if (errcode === 0) return { status: 'sent' };
    if (errcode === RATE_LIMITED) {
      // A robot takes 20 messages a minute.
      return { status: 'failed', error: 'WeCom rate limit (45009)', retryAfterSeconds: 60 };
    }
    if (errcode === INVALID_WEBHOOK) {
      opts.logger.error(
        { ...about, webhookArea: webhook.areaId },
        'WeCom refuses the webhook URL of the area (93000): check WECOM_WEBHOOKS',
      );
      return { status: 'failed', error: `invalid WeCom webhook URL for area ${webhook.areaId} (93000)` };
    }
    return { status: 'failed', error: `WeCom errcode ${errcode}: ${errmsg ?? ''}`.trim() };
  };
}
