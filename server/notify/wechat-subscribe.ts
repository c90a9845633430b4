import { isValidObjectId } from 'mongoose';
import { z } from 'zod';
import { Resident, type ResidentDoc } from '../identity/resident-model';
import type { Logger } from '../logger';
import type { Sender } from '../outbox/outbox';
import type { FieldCrypto } from '../privacy/field-crypto';
import { callJson } from './http-call';
import { truncateCodePoints } from './truncate';
import type { WeChatAccessToken } from './wechat-token';

/** The user has not accepted (or has used up) a subscription to the template. */
const NOT_SUBSCRIBED = 43101;
/** The access token is invalid (40001, 40014) or expired (42001). */
const TOKEN_REFUSED = new Set([40001, 40014, 42001]);
const RATE_LIMITED = 45009;

/** Longest values WeChat accepts, by the kind of template key (thing3 → thing). */
const MAX_LENGTH: Record<string, number> = { thing: 20, phrase: 5 };

const reply = z.object({ errcode: z.number(), errmsg: z.string().optional() });

/** The template data WeChat expects, {key: {value}}, with free-text values cut to what it accepts. */
export function templateData(data: Record<string, string>): Record<string, { value: string }> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const max = MAX_LENGTH[key.replace(/\d+$/, '')];
      return [key, { value: max ? truncateCodePoints(value, max) : value }];
    }),
  );
}

/**
 * Sends a WeChat subscribe message (订阅消息) to a resident: POST /cgi-bin/message/subscribe/send with the
 * shared access token. A refused token is dropped and the send tried once more with a fresh one; a resident
 * without a subscription (43101) is skipped for good; unconfigured, every message is skipped with a warning.
 */
export function weChatSubscribe(opts: {
  baseUrl: string;
  /** Null when WECHAT_APPID or WECHAT_SECRET is not set. */
  token: WeChatAccessToken | null;
  templateId?: string;
  miniprogramState: 'formal' | 'trial' | 'developer';
  crypto: FieldCrypto;
  timeoutMs: number;
  logger: Logger;
}): Sender<'subscribe'> {
  const post = async (token: string, body: object) => {
    const url = new URL('/cgi-bin/message/subscribe/send', opts.baseUrl);
    url.searchParams.set('access_token', token);
    const answer = await callJson(url, { method: 'POST', body, timeoutMs: opts.timeoutMs });
    if ('error' in answer) return answer;
    const parsed = reply.safeParse(answer.body);
    return parsed.success ? parsed.data : { error: 'WeChat answered without an errcode' };
  };

  return async (message) => {
    const { residentId, page, data } = message.payload;
    const about = { message: message.id, residentId };
    if (!opts.token || !opts.templateId) {
      opts.logger.warn(
        about,
        'WeChat subscribe messages are not configured (WECHAT_APPID, WECHAT_SECRET, WECHAT_SUBSCRIBE_TEMPLATE_ID)',
      );
      return { status: 'skipped', reason: 'WeChat subscribe messages are not configured' };
    }
    const resident = isValidObjectId(residentId)
      ? await Resident.findById(residentId).lean<ResidentDoc>()
      : null;
    if (!resident) {
      opts.logger.warn(about, 'subscribe message to a resident who does not exist');
      return { status: 'skipped', reason: `no resident ${residentId}` };
    }
    const body = {
      touser: opts.crypto.decrypt(resident.openidSealed),
      template_id: opts.templateId,
      page,
      data: templateData(data),
      miniprogram_state: opts.miniprogramState,
      lang: 'zh_CN',
    };

    let answer;
    try {
      let token = await opts.token.get();
      answer = await post(token, body);
      if ('errcode' in answer && TOKEN_REFUSED.has(answer.errcode)) {
        await opts.token.drop(token);
        token = await opts.token.get();
        answer = await post(token, body);
      }
    } catch (err) {
      return { status: 'failed', error: err instanceof Error ? err.message : String(err) };
    }
    if ('error' in answer) return { status: 'failed', error: `WeChat: ${answer.error}` };
    const { errcode, errmsg } = answer;
    if (errcode === 0) return { status: 'sent' };
    if (errcode === NOT_SUBSCRIBED) {
      opts.logger.info(about, 'resident has no subscription to the template (43101); message skipped');
      return { status: 'skipped', reason: 'the resident has not subscribed (43101)' };
    }
    if (errcode === RATE_LIMITED) {
      return { status: 'failed', error: 'WeChat rate limit (45009)', retryAfterSeconds: 60 };
    }
    return { status: 'failed', error: `WeChat errcode ${errcode}: ${errmsg ?? ''}`.trim() };
  };
}
