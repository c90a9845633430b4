import { types, type Message } from 'wechaty';
import type { WechatyInterface } from 'wechaty/impls';
import type { ConversationEngine, MessageKind } from '../engine/engine';
import type { BotLogger } from '../logger';

const PREFIX = 'wechaty:';

const KINDS: Partial<Record<types.Message, MessageKind>> = {
  [types.Message.Text]: 'text',
  [types.Message.Image]: 'image',
  [types.Message.Audio]: 'voice',
  [types.Message.Video]: 'video',
  [types.Message.Emoticon]: 'sticker',
  [types.Message.Attachment]: 'file',
  [types.Message.Url]: 'link',
  [types.Message.MiniProgram]: 'link',
  [types.Message.Location]: 'location',
};

/** Is this chat id one of this adapter's? */
export function isWechatyChat(chat: string): boolean {
  return chat.startsWith(PREFIX);
}

/**
 * Carries the engine over Wechaty: any puppet (a real WeChat account through a puppet service, or the mock
 * puppet in tests). Private messages are answered; in a group only messages that mention the bot, and those
 * with a pointer to a private chat. The engine never sees a Wechaty object.
 */
export class WechatyAdapter {
  constructor(
    private readonly bot: WechatyInterface,
    private readonly engine: Pick<ConversationEngine, 'handle'>,
    private readonly logger: BotLogger,
  ) {
    bot.on('message', (message) => {
      const handled = this.onMessage(message).catch((err: unknown) =>
        // The error's text only: a message or a contact must never reach the log.
        this.logger.error(
          { err: err instanceof Error ? err.message : String(err) },
          'wechaty message failed',
        ),
      );
      this.inFlight.add(handled);
      void handled.finally(() => this.inFlight.delete(handled));
    });
  }

  private readonly inFlight = new Set<Promise<unknown>>();

  /** Resolves once every message received so far has been answered. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private async onMessage(message: Message): Promise<void> {
    if (message.self()) return;
    const room = message.room();
    if (room && !(await message.mentionSelf())) return;
    const talker = message.talker();
    const kind = KINDS[message.type()] ?? 'other';
    const replies = await this.engine.handle({
      chat: `${PREFIX}${talker.id}`,
      kind,
      text: kind === 'text' ? (room ? await message.mentionText() : message.text()) : undefined,
      inGroup: room !== undefined,
    });
    for (const reply of replies) {
      if (room) await room.say(reply, talker);
      else await talker.say(reply);
    }
  }

  /** Sends a pushed message to a chat of this adapter; false when the contact is not found. */
  async deliver(chat: string, text: string): Promise<boolean> {
    const contact = await this.bot.Contact.find({ id: chat.slice(PREFIX.length) });
    if (!contact) return false;
    await contact.say(text);
    return true;
  }
}
