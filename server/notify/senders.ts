import type Redis from 'ioredis';
import { chatPush } from '../chat/chat-push';
import { caseIndexSender } from '../applications/case-index';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Senders } from '../outbox/outbox';
import type { FieldCrypto } from '../privacy/field-crypto';
import { weChatSubscribe } from './wechat-subscribe';
import { weChatAccessToken } from './wechat-token';
import { weComRobot } from './wecom-robot';

/** The sender of each outbox kind, from the configuration. */
export function senders(deps: {
  config: Config;
  redis: Redis;
  crypto: FieldCrypto;
  logger: Logger;
}): Senders {
  const { config, redis, crypto, logger } = deps;
  const timeoutMs = config.NOTIFY_TIMEOUT_MS;
  const weCom = weComRobot({ webhooks: config.WECOM_WEBHOOKS, timeoutMs, logger });
  const token =
    config.WECHAT_APPID && config.WECHAT_SECRET
      ? weChatAccessToken({
          baseUrl: config.WECHAT_API_BASE,
          appId: config.WECHAT_APPID,
          secret: config.WECHAT_SECRET,
          redis,
          timeoutMs,
        })
      : null;
  return {
    forward: weCom,
    wecom: weCom,
    chat: chatPush({
      url: config.BOT_PUSH_URL,
      secret: config.BOT_PUSH_SECRET,
      crypto,
      timeoutMs,
      logger,
    }),
    subscribe: weChatSubscribe({
      baseUrl: config.WECHAT_API_BASE,
      token,
      templateId: config.WECHAT_SUBSCRIBE_TEMPLATE_ID,
      miniprogramState: config.WECHAT_MINIPROGRAM_STATE,
      crypto,
      timeoutMs,
      logger,
    }),
    caseIndex: caseIndexSender,
  };
}
