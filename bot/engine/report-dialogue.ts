import { randomUUID } from 'node:crypto';
import { errorMessage } from '../api/client';
import type { Command, Dialogue, Turn } from './engine';
import { saysNone, saysYes } from './household-words';

/**
 * An anonymous report (举报) of fraud or favouritism: what kind, which township or village, what happened, then
 * a confirmation; the server files it and answers a receipt code and a secret, shown once and never kept by the
 * bot. Following up: "JB-XXXXXXXXXX <secret>" at any time. Nothing the reporter says is kept after the dialogue.
 */

type Kind = 'fraud' | 'favouritism' | 'other';
interface ReportDraft {
  kind?: Kind;
  /** The people reported are township or village staff, or their relatives: the county handles it. */
  involvesStaff?: boolean;
  areaId?: string;
  areaName?: string;
  candidates?: { id: string; label: string }[];
  description?: string;
}

const MIN_DESCRIPTION = 10;

function kindIn(text: string): Kind | undefined {
  if (/^1$|骗保|冒领|隐瞒|虚报|不该吃|不符合.*低保/.test(text)) return 'fraud';
  if (/^2$|优亲厚友|人情保|关系保|亲戚|走后门|关系/.test(text)) return 'favouritism';
  if (/^3$|其他|别的/.test(text)) return 'other';
  return undefined;
}

function draftOf(turn: Turn): ReportDraft {
  return (turn.state.dialogue?.data ?? {}) as ReportDraft;
}

function save(turn: Turn, step: string, draft: ReportDraft): void {
  turn.state.dialogue = { name: 'report', step, data: draft as Record<string, unknown>, at: Date.now() };
}

async function findPlace(turn: Turn, draft: ReportDraft, text: string): Promise<string[]> {
  const { api, say } = turn;
  const { data } = await api.GET('/api/v1/places/search', {
    params: { query: { name: text.slice(0, 40), size: 10 } },
  });
  const items = data?.items ?? [];
  if (items.length === 0) return [say('report.placeNotFound')];
  if (items.length === 1) {
    draft.areaId = items[0]!.id;
    draft.areaName = [...items[0]!.within, items[0]!.name].join('');
    save(turn, 'description', draft);
    return [say('report.placeSet', { place: draft.areaName }), say('report.askDescription')];
  }
  draft.candidates = items.map((a) => ({ id: a.id, label: [...a.within, a.name].join('') }));
  save(turn, 'choosePlace', draft);
  return [
    say('report.choosePlace', { list: draft.candidates.map((c, i) => `${i + 1}. ${c.label}`).join('\n') }),
  ];
}

export const reportDialogue: Dialogue = {
  name: 'report',

  async start(turn, text) {
    const draft: ReportDraft = { kind: kindIn(text) };
    if (!draft.kind) {
      save(turn, 'kind', draft);
      return [turn.say('report.intro'), turn.say('report.askKind')];
    }
    save(turn, 'place', draft);
    return [turn.say('report.intro'), turn.say('report.askPlace')];
  },

  async next(turn, text) {
    const { say, api } = turn;
    const draft = draftOf(turn);
    switch (turn.state.dialogue?.step) {
      case 'kind': {
        draft.kind = kindIn(text);
        if (!draft.kind) return [say('report.askKind')];
        save(turn, 'place', draft);
        return [say('report.askPlace')];
      }
      case 'place':
        return findPlace(turn, draft, text);
      case 'choosePlace': {
        const chosen = /^\d+$/.test(text) ? draft.candidates?.[Number(text) - 1] : undefined;
        if (!chosen) return findPlace(turn, draft, text);
        draft.areaId = chosen.id;
        draft.areaName = chosen.label;
        draft.candidates = undefined;
        save(turn, 'description', draft);
        return [say('report.placeSet', { place: chosen.label }), say('report.askDescription')];
      }
      case 'description': {
        if (Array.from(text).length < MIN_DESCRIPTION)
          return [say('report.descriptionShort', { min: MIN_DESCRIPTION })];
        draft.description = text.slice(0, 2000);
        save(turn, 'staff', draft);
        return [say('report.askStaff')];
      }
      case 'staff': {
        if (saysYes(text) || /^(是|有|是的|对)/.test(text)) draft.involvesStaff = true;
        else if (saysNone(text) || /^(不是|不|否)/.test(text)) draft.involvesStaff = false;
        else return [say('report.askStaff')];
        save(turn, 'confirm', draft);
        return [
          say('report.confirm', {
            kind: say(`report.kind.${draft.kind}`),
            place: draft.areaName,
            description: draft.description,
          }),
        ];
      }
      case 'confirm': {
        if (!saysYes(text)) {
          turn.state.dialogue = undefined;
          return [say('report.notFiled')];
        }
        const { data, error } = await api.POST('/api/v1/reports', {
          body: {
            kind: draft.kind!,
            areaId: draft.areaId!,
            description: draft.description!,
            people: [],
            involvesStaff: draft.involvesStaff ?? false,
            reporter: { anonymous: true },
          },
          params: { header: { 'Idempotency-Key': `bot-report-${randomUUID()}` } },
          headers: { 'Accept-Language': turn.lng },
        });
        // What the reporter said is not kept once the report is filed (or refused).
        turn.state.dialogue = undefined;
        if (!data) return [errorMessage(error) ?? say('errors.unavailable')];
        return [
          say('report.filed', {
            code: data.receiptCode,
            secret: data.secret,
            office: data.routing.office,
            due: data.answerDue?.date ?? data.answerDueNote ?? '',
          }),
        ];
      }
      default:
        turn.state.dialogue = undefined;
        return [say('menu.welcome')];
    }
  },
};

const RECEIPT = /JB-?[23456789A-HJKMNP-Z]{10}/i;

/** "JB-XXXXXXXXXX XXXX-XXXX-…": the report's status and answer, read with the receipt the reporter holds. */
export const reportFollowCommand: Command = async (turn, text) => {
  const code = RECEIPT.exec(text)?.[0];
  if (!code) return undefined;
  const { say, api } = turn;
  const secret = text
    .replace(code, ' ')
    .replace(/[^23456789A-HJKMNP-Z-]/gi, ' ')
    .trim()
    .split(/\s+/)
    .join('');
  if (secret.replace(/-/g, '').length < 24) return [say('report.followHow')];
  const { data, error } = await api.POST('/api/v1/reports/follow', {
    body: { receiptCode: code, secret },
    headers: { 'Accept-Language': turn.lng },
  });
  if (!data) return [errorMessage(error) ?? say('errors.unavailable')];
  const lines = [
    say('report.status', {
      code: data.receiptCode,
      status: say(`report.statuses.${data.status}`),
      office: data.routing.office,
      received: data.receivedOn,
    }),
  ];
  if (data.answer)
    lines.push(say('report.answer', { outcome: data.answer.outcomeLabel, text: data.answer.text }));
  else if (data.answerDue) lines.push(say('report.due', { due: data.answerDue.date }));
  else if (data.answerDueNote) lines.push(data.answerDueNote);
  return [lines.join('\n')];
};
