import { ApiError, call } from '../../lib/api';
import { fmt } from '../../lib/i18n';
import { ui } from '../../lib/settings';

/** Follow a report with its receipt code and secret: status, the answer's deadline, who handles it, the answer. */
Page({
  data: {
    ui: ui(),
    code: '',
    secret: '',
    lines: [] as string[],
    errors: {} as Record<string, string>,
    error: '',
  },
  onLoad(query: Record<string, string | undefined>) {
    this.setData({ ui: ui(), code: query.receiptCode ?? '' });
  },
  onInput(e: WechatMiniprogram.Input) {
    this.setData({ [e.currentTarget.dataset.field as string]: e.detail.value.trim(), errors: {}, error: '' });
  },
  async submit() {
    const t = this.data.ui.t.follow;
    try {
      const r = await call('followReport', {
        body: { receiptCode: this.data.code, secret: this.data.secret },
      });
      this.setData({
        lines: [
          fmt(t.status, { status: t.statuses[r.status] }),
          r.answerDue ? fmt(t.due, { date: r.answerDue.date }) : (r.answerDueNote ?? ''),
          r.routing.explanation,
          fmt(t.evidence, { n: r.attachments.length }),
          ...(r.answer
            ? [fmt(t.outcome, { outcome: r.answer.outcomeLabel }), fmt(t.answer, { answer: r.answer.text })]
            : []),
        ].filter(Boolean),
      });
    } catch (err) {
      const e = err as ApiError;
      this.setData({ errors: e.byField(), error: e.message, lines: [] });
    }
  },
});
