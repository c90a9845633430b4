import { ApiError, call } from '../../lib/api';
import { fmt } from '../../lib/i18n';
import { signInWorker, signOut, staffInfo, type StaffInfo } from '../../lib/session';
import { ui } from '../../lib/settings';

/**
 * Worker mode for village workers (村/社区 社会救助协理员): staff sign-in, the applications they made on residents'
 * behalf, applying on someone's behalf (代为申请), and reporting a household in hardship (主动发现报告).
 */
Page({
  data: {
    ui: ui(),
    staff: null as StaffInfo | null,
    signedInText: '',
    username: '',
    password: '',
    items: [] as { id: string; title: string; subtitle: string; draft: boolean }[],
    error: '',
  },
  async onLoad() {
    this.setData({ ui: ui() });
    const staff = staffInfo();
    if (staff) await this.show(staff);
  },
  onInput(e: WechatMiniprogram.Input) {
    this.setData({ [e.currentTarget.dataset.field as string]: e.detail.value, error: '' });
  },
  async signIn() {
    try {
      const staff = await signInWorker(this.data.username.trim(), this.data.password);
      this.setData({ password: '' });
      await this.show(staff);
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  async show(staff: StaffInfo) {
    const t = this.data.ui.t;
    this.setData({ staff, signedInText: fmt(t.worker.signedIn, { username: staff.username }) });
    try {
      const page = await call('listMyApplications', { query: { size: 50 } });
      this.setData({
        items: page.items.map((a) => ({
          id: a.id,
          title: a.caseNumber ?? t.cases.draft,
          subtitle: `${a.areaId} · ${a.updatedAt.slice(0, 10)}`,
          draft: a.status === 'draft',
        })),
      });
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  applyOnBehalf() {
    wx.removeStorageSync('draft.worker');
    wx.navigateTo({ url: '/pages/apply/index' });
  },
  discover() {
    wx.navigateTo({ url: '/pages/worker/discover' });
  },
  open(e: WechatMiniprogram.TouchEvent) {
    const { id, draft } = e.currentTarget.dataset as { id: string; draft: boolean };
    wx.navigateTo({ url: draft ? `/pages/apply/index?id=${id}` : `/pages/case/index?id=${id}` });
  },
  async signOut() {
    await signOut();
    this.setData({ staff: null, items: [] });
  },
});
