import { randomBytes } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type { ChatStore } from '../engine/chat-state';
import type { ConversationEngine, MessageKind } from '../engine/engine';
import type { BotLogger } from '../logger';
import type { CustomerService } from './customer-service';
import { sameSignature, sha1Signature, type WeChatCipher } from './wechat-crypto';

const PREFIX = 'oa:';
/** A passive reply carries at most 2,048 bytes; longer answers go out by the customer-service API. */
const PASSIVE_MAX_BYTES = 2000;
/** How long a delivery is remembered, to answer WeChat's retries (three, within about 15 s) once. */
const SEEN_SECONDS = 300;

const KINDS: Record<string, MessageKind> = {
  text: 'text',
  image: 'image',
  voice: 'voice',
  video: 'video',
  shortvideo: 'video',
  location: 'location',
  link: 'link',
  file: 'file',
};

const parser = new XMLParser({ parseTagValue: false, trimValues: false, processEntities: true });

interface Incoming {
  ToUserName?: string;
  FromUserName?: string;
  CreateTime?: string;
  MsgType?: string;
  Content?: string;
  MsgId?: string;
  Event?: string;
  Encrypt?: string;
}

export interface WebhookRequest {
  method: string;
  query: URLSearchParams;
  body: string;
}

export interface WebhookResponse {
  status: number;
  contentType: string;
  body: string;
}

const text = (status: number, body: string): WebhookResponse => ({ status, contentType: 'text/plain', body });

function cdata(value: string): string {
  return `<![CDATA[${value.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

function parseXml(body: string): Incoming {
  const parsed = parser.parse(body) as { xml?: Incoming };
  return parsed.xml ?? {};
}

/**
 * The replies as WeChat messages of at most PASSIVE_MAX_BYTES: joined when they fit in one, else one each, a long
 * one cut at line ends (or anywhere, for a line longer than a message).
 */
export function messagesOf(replies: string[]): string[] {
  const joined = replies.join('\n\n');
  if (Buffer.byteLength(joined) <= PASSIVE_MAX_BYTES) return joined ? [joined] : [];
  const out: string[] = [];
  for (const reply of replies) {
    let current = '';
    for (const line of reply.split('\n')) {
      const pieces = Buffer.byteLength(line) <= PASSIVE_MAX_BYTES ? [line] : cut(line);
      for (const piece of pieces) {
        const next = current ? `${current}\n${piece}` : piece;
        if (Buffer.byteLength(next) <= PASSIVE_MAX_BYTES) current = next;
        else {
          out.push(current);
          current = piece;
        }
      }
    }
    if (current) out.push(current);
  }
  return out;
}

function cut(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > PASSIVE_MAX_BYTES) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) out.push(current);
  return out;
}

export function isOfficialAccountChat(chat: string): boolean {
  return chat.startsWith(PREFIX);
}

/**
 * A WeChat Official Account (服务号) message webhook carrying the engine: URL verification, signature check,
 * plaintext and safe mode, XML in and out. WeChat waits five seconds: an answer ready within BOT_OA_REPLY_WITHIN_MS
 * is the passive reply; a slower one is acknowledged with "success" and sent by the customer-service API when
 * ready. A delivery WeChat repeats (same MsgId, or sender and time for events) is answered once.
 */
export class OfficialAccountAdapter {
  constructor(
    private readonly o: {
      token: string;
      cipher?: WeChatCipher;
      engine: Pick<ConversationEngine, 'handle'>;
      store: ChatStore;
      customerService: CustomerService;
      replyWithinMs: number;
      logger: BotLogger;
    },
  ) {}

  async handle(req: WebhookRequest): Promise<WebhookResponse> {
    const q = req.query;
    const timestamp = q.get('timestamp') ?? '';
    const nonce = q.get('nonce') ?? '';
    const signed = sameSignature(q.get('signature') ?? '', sha1Signature(this.o.token, timestamp, nonce));
    if (req.method === 'GET')
      return signed ? text(200, q.get('echostr') ?? '') : text(401, 'invalid signature');
    if (req.method !== 'POST') return text(405, 'method not allowed');

    let xml = req.body;
    const safeMode = q.get('encrypt_type') === 'aes';
    if (safeMode) {
      const encrypt = parseXml(req.body).Encrypt;
      const expected = sha1Signature(this.o.token, timestamp, nonce, encrypt ?? '');
      if (!encrypt || !this.o.cipher || !sameSignature(q.get('msg_signature') ?? '', expected))
        return text(401, 'invalid signature');
      try {
        xml = this.o.cipher.decrypt(encrypt);
      } catch {
        return text(400, 'cannot decrypt');
      }
    } else if (!signed) return text(401, 'invalid signature');

    const message = parseXml(xml);
    const openid = message.FromUserName;
    if (!openid || !message.MsgType) return text(400, 'not a message');
    const delivery = message.MsgId ?? `${openid}:${message.CreateTime ?? ''}:${message.Event ?? ''}`;
    if (!(await this.o.store.firstTime('oa', delivery, SEEN_SECONDS))) return text(200, 'success');

    const kind: MessageKind | undefined =
      message.MsgType === 'event'
        ? message.Event === 'subscribe'
          ? 'subscribe'
          : undefined
        : (KINDS[message.MsgType] ?? 'other');
    // Other events (unsubscribe, menu views, location reports) need no answer.
    if (!kind) return text(200, 'success');

    const chat = `${PREFIX}${openid}`;
    const answering = this.o.engine.handle({
      chat,
      kind,
      text: kind === 'text' ? message.Content : undefined,
    });
    const late = Symbol('late');
    let timer: NodeJS.Timeout | undefined;
    const within = await Promise.race([
      answering,
      new Promise<typeof late>((resolve) => (timer = setTimeout(() => resolve(late), this.o.replyWithinMs))),
    ]);
    clearTimeout(timer);
    if (within === late) {
      void answering.then(
        (replies) => this.sendLater(openid, replies),
        () => undefined,
      );
      return text(200, 'success');
    }
    const [first, ...rest] = messagesOf(within);
    if (rest.length) void this.sendLater(openid, rest);
    if (!first) return text(200, 'success');
    const reply = this.replyXml(openid, message.ToUserName ?? '', first);
    return { status: 200, contentType: 'application/xml', body: safeMode ? this.encryptedXml(reply) : reply };
  }

  private replyXml(openid: string, account: string, content: string): string {
    return (
      `<xml><ToUserName>${cdata(openid)}</ToUserName><FromUserName>${cdata(account)}</FromUserName>` +
      `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType>${cdata('text')}</MsgType>` +
      `<Content>${cdata(content)}</Content></xml>`
    );
  }

  private encryptedXml(reply: string): string {
    const encrypt = this.o.cipher!.encrypt(reply);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const signature = sha1Signature(this.o.token, timestamp, nonce, encrypt);
    return (
      `<xml><Encrypt>${cdata(encrypt)}</Encrypt><MsgSignature>${cdata(signature)}</MsgSignature>` +
      `<TimeStamp>${timestamp}</TimeStamp><Nonce>${cdata(nonce)}</Nonce></xml>`
    );
  }

  private async sendLater(openid: string, replies: string[]): Promise<void> {
    try {
      for (const reply of messagesOf(replies)) await this.o.customerService.sendText(openid, reply);
    } catch (err) {
      this.o.logger.warn(
        { err: err instanceof Error ? err.message : String(err) },
        'customer-service send failed',
      );
    }
  }

  /** Sends a pushed message to a chat of this adapter (customer-service API). */
  async deliver(chat: string, content: string): Promise<boolean> {
    for (const part of messagesOf([content]))
      await this.o.customerService.sendText(chat.slice(PREFIX.length), part);
    return true;
  }
}
