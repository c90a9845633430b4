import { type ApiClient, forChat } from '../api/client';
import { type ChatState, ChatStore, type DialogueState } from './chat-state';
import { type BotLanguage, type Say, sayIn } from './i18n';
import type { BotLogger } from '../logger';
import { Places } from './places';
import type { PolicyAnswers } from './policy-answers';
import { contactsText } from './policy-answers';

/** What a transport hands the engine: who wrote, what kind of message, and its text when it has one. */
export type MessageKind =
  'text' | 'image' | 'voice' | 'video' | 'sticker' | 'file' | 'link' | 'location' | 'subscribe' | 'other';

export interface IncomingMessage {
  /** A stable id of the conversation, e.g. "wechaty:<contact id>" or "oa:<openid>"; never shown or logged. */
  chat: string;
  kind: MessageKind;
  text?: string;
  /** Said in a group chat (to the bot): answered with a pointer to a private chat. */
  inGroup?: boolean;
}

/** Everything a turn of a dialogue can use. */
export interface Turn {
  chat: string;
  state: ChatState;
  say: Say;
  lng: BotLanguage;
  api: ApiClient;
  places: Places;
  /** The policy of the chat's place (which must be known). */
  policy(): ReturnType<Places['policy']>;
}

/** A multi-turn dialogue: starts on an intent, then takes each message until it ends (state.dialogue unset). */
export interface Dialogue {
  name: DialogueState['name'];
  start(turn: Turn, text: string): Promise<string[]>;
  next(turn: Turn, text: string): Promise<string[]>;
}

/** The hand-off of a conversation to the township's staff (WeCom group robot). */
export interface StaffHandoff {
  send(place: string, markdown: string): Promise<boolean>;
}

export interface EngineOptions {
  api: ApiClient;
  store: ChatStore;
  places: Places;
  answers: PolicyAnswers;
  dialogues: Dialogue[];
  staff: StaffHandoff;
  /** Intents handled outside dialogues (case status, report follow-up): the first that answers wins. */
  commands?: Command[];
  rateLimit: number;
  maxText: number;
  logger?: BotLogger;
  dialogueIdleSeconds: number;
}

/** A one-turn command: answers when it recognises the text, else undefined. */
export type Command = (turn: Turn, text: string) => Promise<string[] | undefined>;

const CANCEL = /^(取消|退出|算了|不办了|不弄了|重新开始|cancel|stop)$/i;
const HUMAN = /(转)?人工|真人|找工作人员|找人工|客服|human/i;
const MENU = /^(你好|您好|嗨|在吗|在不在|菜单|帮助|help|hi|hello|\?|？)[!！。.？?]*$/i;
const PRESCREEN = /测一测|测测|预审|自测|算一算|估算一下|帮我算|^check$/i;
const REPORT = /举报|骗保|优亲厚友|人情保|关系保|^report$/i;
const ENGLISH = /^(english|英文|英语)$/i;
const CHINESE = /^(中文|汉语|chinese)$/i;
const RECENT = 5;

/**
 * The conversation engine: knows no transport. Each message goes through the same steps — rate limit, kinds of
 * message it cannot read, commands that work anywhere (cancel, human, language), the dialogue in progress,
 * intents, and finally a policy answer for the user's place. Messages of one chat are handled one at a time.
 */
export class ConversationEngine {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly o: EngineOptions) {}

  handle(message: IncomingMessage): Promise<string[]> {
    const previous = this.queues.get(message.chat) ?? Promise.resolve();
    const turn = () => forChat(ChatStore.keyOf(message.chat), () => this.turn(message));
    const run = previous.then(turn, turn);
    this.queues.set(message.chat, run);
    void run.finally(() => {
      if (this.queues.get(message.chat) === run) this.queues.delete(message.chat);
    });
    return run;
  }

  private async turn(message: IncomingMessage): Promise<string[]> {
    const { store } = this.o;
    const { state, overLimit } = await store.arrive(message.chat, this.o.rateLimit);
    if (overLimit) return [sayIn(state.lang)('limits.slowDown')];
    let replies: string[];
    try {
      replies = await this.reply(message, state);
    } catch (err) {
      // The error's text only: never what was said, nor who said it.
      this.o.logger?.error({ err: err instanceof Error ? err.message : String(err) }, 'turn failed');
      replies = [sayIn(state.lang)('errors.unavailable')];
    }
    await store.save(message.chat, state);
    return replies;
  }

  private async reply(message: IncomingMessage, state: ChatState): Promise<string[]> {
    let say = sayIn(state.lang);
    if (message.inGroup) return [say('unsupported.group')];
    if (message.kind === 'subscribe') return [say('menu.welcome')];
    if (message.kind !== 'text') return [say(`unsupported.${message.kind}`)];
    const text = (message.text ?? '').trim();
    if (!text) return [say('menu.welcome')];
    if (Array.from(text).length > this.o.maxText)
      return [say('unsupported.tooLong', { max: this.o.maxText })];

    if (ENGLISH.test(text) || CHINESE.test(text)) {
      state.lang = ENGLISH.test(text) ? 'en' : 'zh-CN';
      say = sayIn(state.lang);
      return [say('menu.language')];
    }
    const turn = this.turnFor(message.chat, state);
    if (state.dialogue && Date.now() - state.dialogue.at > this.o.dialogueIdleSeconds * 1000)
      state.dialogue = undefined;
    if (CANCEL.test(text)) {
      const had = state.dialogue !== undefined;
      state.dialogue = undefined;
      return [say(had ? 'menu.cancelled' : 'menu.welcome')];
    }
    if (HUMAN.test(text)) return this.toStaff(turn);

    if (state.dialogue) {
      const dialogue = this.o.dialogues.find((d) => d.name === state.dialogue?.name);
      if (dialogue) {
        state.dialogue.at = Date.now();
        return dialogue.next(turn, text);
      }
      state.dialogue = undefined;
    }
    if (MENU.test(text)) return [say('menu.welcome')];

    // A number picks one of the follow-ups suggested last.
    const picked = /^[1-9]$/.test(text) ? state.followUps?.[Number(text) - 1] : undefined;
    const asked = picked ?? text;

    for (const command of this.o.commands ?? []) {
      const answer = await command(turn, asked);
      if (answer) return answer;
    }
    if (PRESCREEN.test(asked)) return this.start('prescreen', turn, asked);
    if (REPORT.test(asked)) return this.start('report', turn, asked);

    const named = await this.o.places.find(asked);
    if (named && named.id !== state.place) {
      state.place = named.id;
      const pending = state.pendingQuestion;
      state.pendingQuestion = undefined;
      const set = say('place.set', { place: Places.nameIn(named, state.lang) });
      // "我在伊春" alone sets the place; a question naming a place is answered for it.
      const rest = Places.withoutPlace(asked, named);
      const question = pending ?? (rest.length >= 4 ? asked : undefined);
      if (!question) return [set];
      return [set, ...(await this.answer(turn, question))];
    }
    if (!state.place) {
      state.pendingQuestion = asked;
      return [say('place.ask', { places: await this.placeNames() })];
    }
    return this.answer(turn, asked);
  }

  private turnFor(chat: string, state: ChatState): Turn {
    const { places } = this.o;
    return {
      chat,
      state,
      lng: state.lang,
      say: sayIn(state.lang),
      api: this.o.api,
      places,
      policy: () => {
        if (!state.place) throw new Error('the place is not known yet');
        return places.policy(state.place, state.lang);
      },
    };
  }

  private async placeNames(): Promise<string> {
    return (await this.o.places.all()).map((j) => j.name).join('、');
  }

  private async start(name: DialogueState['name'], turn: Turn, text: string): Promise<string[]> {
    const dialogue = this.o.dialogues.find((d) => d.name === name);
    if (!dialogue) return [turn.say('errors.unavailable')];
    return dialogue.start(turn, text);
  }

  private async answer(turn: Turn, question: string): Promise<string[]> {
    const { state, say } = turn;
    state.recent = [...(state.recent ?? []), question].slice(-RECENT);
    const policy = await turn.policy();
    const found = this.o.answers.answer(state.place!, question, policy, state.lang, say);
    if (!found) {
      state.followUps = undefined;
      return [
        say('qa.dontKnow', {
          office: policy.areaTerms.decidingBody.join(say('qa.or')),
          contacts: contactsText(policy, say),
        }),
      ];
    }
    state.followUps = found.followUps;
    if (found.followUps.length === 0) return [found.text];
    const list = found.followUps.map((f, i) => `${i + 1}. ${f}`).join('\n');
    return [found.text, say('qa.followUps', { list })];
  }

  /** "人工": the township hears by its WeCom robot, with a summary, and the user is told what happens next. */
  private async toStaff(turn: Turn): Promise<string[]> {
    const { state, say } = turn;
    if (!state.place) {
      state.pendingQuestion = undefined;
      return [say('human.needPlace', { places: await this.placeNames() })];
    }
    const policy = await turn.policy();
    const reference = `H${Date.now().toString(36).toUpperCase().slice(-6)}`;
    const zh = sayIn('zh-CN');
    const markdown = zh('human.summary', {
      place: policy.jurisdiction.name,
      reference,
      questions:
        (state.recent ?? []).map((q) => `> ${q.slice(0, 200)}`).join('\n') || zh('human.noQuestions'),
      dialogue: state.dialogue ? zh(`human.dialogue.${state.dialogue.name}`) : zh('human.dialogue.none'),
    });
    const sent = await this.o.staff.send(state.place, markdown);
    const office = policy.areaTerms.decidingBody.join(say('qa.or'));
    const contacts = contactsText(policy, say);
    return [
      sent ? say('human.sent', { office, reference, contacts }) : say('human.notSent', { office, contacts }),
    ];
  }
}
