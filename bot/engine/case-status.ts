import { errorMessage, type Schemas } from '../api/client';
import type { Command, Turn } from './engine';

/**
 * Following a case in chat. The applicant gets a code in the mini-program and sends "绑定 <case number> <code>";
 * the server answers a credential that reads that one case's timeline, kept in the chat's state. "进度" then
 * answers from the timeline, and the server pushes each change to the chat.
 */

const CASE_NUMBER = /\b\d{6,12}-\d{4}-\d{1,8}\b/;
const CODE = /\b[23456789A-HJKMNP-Z]{8}\b/i;
const BIND = /绑定|关注案件|^bind\b/i;
const UNBIND = /解绑|取消绑定|取消关注|^unbind\b/i;
const STATUS =
  /进度|到哪一步|到哪了|到哪儿了|批了没|批下来没|审批结果|办得怎么样|我的申请|^progress$|^status$/i;

export function timelineText(turn: Turn, t: Schemas['CaseTimeline']): string {
  const { say } = turn;
  const lines = [say('status.title', { caseNumber: t.caseNumber ?? '' })];
  const done = t.stages.filter((s) => s.state === 'done');
  for (const s of done)
    lines.push(
      say('status.done', { name: s.name, on: s.on ?? '', outcome: s.outcome ? `（${s.outcome}）` : '' }),
    );
  if (t.current)
    lines.push(
      t.current.due
        ? say(t.current.overdue ? 'status.currentOverdue' : 'status.currentDue', {
            name: t.current.name,
            due: t.current.due,
          })
        : say('status.current', { name: t.current.name }),
    );
  if (t.next) lines.push(say('status.next', { name: t.next }));
  if (t.decisionDue) lines.push(say('status.decisionDue', { due: t.decisionDue.due }));
  if (t.decision) lines.push(say('status.decision', { text: t.decision.text, on: t.decision.on }));
  if (t.decision?.reasons) lines.push(say('status.reasons', { reasons: t.decision.reasons }));
  for (const p of t.payment) lines.push(p.text);
  return lines.join('\n');
}

const bind: Command = async (turn, text) => {
  if (!BIND.test(text) || UNBIND.test(text)) return undefined;
  const { say, api, state } = turn;
  const caseNumber = CASE_NUMBER.exec(text)?.[0];
  const code = CODE.exec(text.replace(CASE_NUMBER, ' '))?.[0];
  if (!caseNumber || !code) return [say('status.bindHow')];
  const { data, error } = await api.POST('/api/v1/chat/bindings', {
    body: { caseNumber, code, chat: turn.chat },
    headers: { 'Accept-Language': turn.lng },
  });
  if (!data) return [errorMessage(error) ?? say('errors.unavailable')];
  state.bindings = [
    ...(state.bindings ?? []).filter((b) => b.caseNumber !== data.caseNumber),
    { caseNumber: data.caseNumber, token: data.token },
  ];
  return [say('status.bound', { caseNumber: data.caseNumber })];
};

const unbind: Command = async (turn, text) => {
  if (!UNBIND.test(text)) return undefined;
  const bindings = turn.state.bindings ?? [];
  for (const binding of bindings) {
    if (binding.token) {
      const { response } = await turn.api.POST('/api/v1/chat/unbind', { body: { token: binding.token } });
      // Gone already (404) is as good as unbound; anything else is tried again at the next "解绑".
      if (!response.ok && response.status !== 404) return [turn.say('errors.unavailable')];
    }
    turn.state.bindings = turn.state.bindings?.filter((b) => b !== binding);
  }
  return [turn.say(bindings.length ? 'status.unbound' : 'status.noneBound')];
};

const status: Command = async (turn, text) => {
  if (!STATUS.test(text) || !turn.state.bindings?.length) return undefined;
  const { say, api, state } = turn;
  const replies: string[] = [];
  for (const binding of [...(state.bindings ?? [])]) {
    // A credential that did not open is as good as one the server no longer knows.
    const { data, response } = binding.token
      ? await api.POST('/api/v1/chat/timeline', {
          body: { token: binding.token },
          headers: { 'Accept-Language': turn.lng },
        })
      : { data: undefined, response: undefined };
    if (data) replies.push(timelineText(turn, data));
    else if (!response || response.status === 404) {
      state.bindings = state.bindings?.filter((b) => b !== binding);
      replies.push(say('status.bindingGone', { caseNumber: binding.caseNumber }));
    } else replies.push(say('errors.unavailable'));
  }
  return replies;
};

export const caseCommands: Command[] = [unbind, bind, status];
