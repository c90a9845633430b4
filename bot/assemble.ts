import Redis from 'ioredis';
import { apiClient, type ApiClient } from './api/client';
import type { BotConfig } from './config';
import { ChatStore } from './engine/chat-state';
import { CredentialSeal } from './engine/credential-seal';
import { loadQuestions } from './engine/common-questions';
import { type Dialogue, ConversationEngine, type StaffHandoff } from './engine/engine';
import { Places } from './engine/places';
import { PolicyAnswers } from './engine/policy-answers';
import { caseCommands } from './engine/case-status';
import { prescreenDialogue } from './engine/prescreen-dialogue';
import { reportDialogue, reportFollowCommand } from './engine/report-dialogue';
import type { BotLogger } from './logger';
import { StaffRobot } from './staff-robot';

export interface BotParts {
  engine: ConversationEngine;
  api: ApiClient;
  store: ChatStore;
  redis: Redis;
  close(): Promise<void>;
}

/** Builds the engine and what it needs from the configuration; transports are attached by the caller. */
export function assembleBot(
  config: BotConfig,
  logger: BotLogger,
  overrides: { staff?: StaffHandoff; fetch?: typeof fetch } = {},
): BotParts {
  const redis = new Redis(config.BOT_REDIS_URL, { keyPrefix: config.BOT_REDIS_PREFIX, lazyConnect: false });
  redis.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis'));
  const api = apiClient(config.BOT_API_URL, overrides.fetch, config.BOT_PUSH_SECRET);
  const store = new ChatStore(
    redis,
    config.BOT_STATE_TTL_SECONDS,
    new CredentialSeal(config.BOT_STATE_KEY, config.BOT_STATE_KEYS_RETIRED),
    logger,
  );
  const places = new Places(api);
  const answers = new PolicyAnswers(loadQuestions(config.flowsDir));
  const dialogues: Dialogue[] = [prescreenDialogue, reportDialogue];
  const engine = new ConversationEngine({
    api,
    store,
    places,
    answers,
    dialogues,
    commands: [...caseCommands, reportFollowCommand],
    staff: overrides.staff ?? new StaffRobot(config.BOT_WECOM_WEBHOOKS, logger),
    rateLimit: config.BOT_RATE_LIMIT,
    maxText: config.BOT_MAX_TEXT,
    dialogueIdleSeconds: config.BOT_DIALOGUE_IDLE_SECONDS,
    logger,
  });
  return {
    engine,
    api,
    store,
    redis,
    close: async () => {
      await redis.quit();
    },
  };
}
