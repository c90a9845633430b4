import { ApiError, call, type Schemas } from '../../lib/api';
import { ensureResident } from '../../lib/session';
import { ui } from '../../lib/settings';

/** My applications, newest first, and the claim code a village worker hands over (代为申请). */
Page({
  data: {
    ui: ui(),
    items: [] as { id: string; title: string; subtitle: string; draft: boolean }[],
    loaded: false,
    code: '',
    claimError: '',
    error: '',
  },
  async onLoad() {
    this.setData({ ui: ui() });
    try {
      await ensureResident();
      await this.load();
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  async load() {
    const page = await call('listMyApplications', { query: { size: 50 } });
    const t = this.data.ui.t;
    this.setData({
      loaded: true,
      items: page.items.map((a: Schemas['ApplicationSummary']) => ({
        id: a.id,
        title: a.caseNumber ?? t.cases.draft,
        subtitle: `${a.updatedAt.slice(0, 10)} · ${a.programs.join(', ')}`,
        draft: a.status === 'draft',
      })),
    });
  },
  open(e: WechatMiniprogram.TouchEvent) {
    const { id, draft } = e.currentTarget.dataset as { id: string; draft: boolean };
    wx.navigateTo({ url: draft ? `/pages/apply/index?id=${id}` : `/pages/case/index?id=${id}` });
  },
  onCode(e: WechatMiniprogram.Input) {
    this.setData({ code: e.detail.value.trim(), claimError: '' });
  },
  async claim() {
    try {
      await call('claimApplication', { body: { code: this.data.code } });
      this.setData({ code: '' });
      await this.load();
    } catch (err) {
      const e = err as ApiError;
      this.setData({ claimError: e.byField().code ?? e.message });
    }
  },
});
