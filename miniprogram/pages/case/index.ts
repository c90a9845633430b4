import { ApiError, call, type Schemas } from '../../lib/api';
import { fmt } from '../../lib/i18n';
import { ensureResident } from '../../lib/session';
import { ui } from '../../lib/settings';

type Stage = Schemas['CaseTimeline']['stages'][number];
const MARKS = { done: '✔', current: '▶', upcoming: '○' } as const;

/**
 * A case's timeline: each stage done (with its date), current (with its working-day deadline) or to come, the
 * next step, and any decision with its reasons. States are said in words and marks, never by colour alone.
 */
Page({
  data: {
    ui: ui(),
    id: '',
    caseText: '',
    stages: [] as {
      key: string;
      id: string;
      name: string;
      state: string;
      stateText: string;
      mark: string;
      lines: string[];
    }[],
    nextText: '',
    action: '',
    decisionDueText: '',
    decisionText: '',
    decisionReasons: '',
    hasNotice: false,
    error: '',
    chat: null as { words: string; codeText: string; validText: string } | null,
    chatError: '',
  },
  async onLoad(query: Record<string, string | undefined>) {
    this.setData({ ui: ui(), id: query.id ?? '' });
    try {
      await ensureResident();
      const timeline = await call('getTimeline', { path: { id: this.data.id } });
      this.show(timeline);
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  show(timeline: Schemas['CaseTimeline']) {
    const t = this.data.ui.t.case;
    const lines = (s: Stage) => [
      ...(s.on ? [fmt(t.on, { date: s.on })] : []),
      ...(s.due && s.state !== 'done' ? [fmt(t.due, { date: s.due })] : []),
      ...(s.state === 'current' && timeline.current?.overdue ? [t.overdue] : []),
      ...(s.outcome ? [fmt(t.outcome, { outcome: s.outcome })] : []),
      ...s.notes,
    ];
    this.setData({
      caseText: timeline.caseNumber ? fmt(t.caseNumber, { caseNumber: timeline.caseNumber }) : '',
      stages: timeline.stages.map((s) => ({
        key: `${s.id}:${s.occurrence}`,
        id: s.id,
        name: s.name,
        state: s.state,
        stateText: t[s.state],
        mark: MARKS[s.state],
        lines: lines(s),
      })),
      nextText: timeline.next ? fmt(t.next, { name: timeline.next }) : '',
      action: timeline.applicantAction,
      decisionDueText: timeline.decisionDue
        ? fmt(t.decisionDue, { date: timeline.decisionDue.due, days: timeline.decisionDue.workingDays })
        : '',
      decisionText: timeline.decision?.text ?? '',
      decisionReasons: timeline.decision?.reasons ?? '',
      hasNotice: timeline.notice !== null,
    });
  },
  /** A fresh binding code for the chat bot, shown with the exact words to send it (a new code on every tap). */
  async followInChat() {
    const t = this.data.ui.t.case;
    try {
      const answer = await call('createChatCode', { path: { id: this.data.id } });
      this.setData({
        chatError: '',
        chat: {
          words: fmt(t.chatWords, { caseNumber: answer.caseNumber, code: answer.code }),
          codeText: fmt(t.chatCode, { code: answer.code }),
          validText: fmt(t.chatValid, { minutes: Math.round(answer.expiresInSeconds / 60) }),
        },
      });
    } catch (err) {
      this.setData({ chatError: (err as ApiError).message });
    }
  },
  copyChatWords() {
    wx.setClipboardData({ data: this.data.chat?.words ?? '' });
  },
  complain() {
    wx.navigateTo({ url: `/pages/report/index?applicationId=${this.data.id}` });
  },
  openNotice() {
    wx.navigateTo({ url: `/pages/notice/index?id=${this.data.id}` });
  },
});
