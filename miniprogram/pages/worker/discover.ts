import { ApiError, call, newKey, type Schemas } from '../../lib/api';
import { valuesOf } from '../../lib/enum-values';
import { fmt } from '../../lib/i18n';
import { chosenPlace } from '../../lib/place';
// The worker's session (worker mode) carries every call of this page.
import '../../lib/session';
import { ui } from '../../lib/settings';

type Hardship = Schemas['ReportDiscoveryRequest']['hardships'][number];

const HARDSHIPS = valuesOf<Hardship>()([
  'no_income',
  'illness',
  'disability',
  'elderly_alone',
  'child_without_care',
  'disaster_or_accident',
  'housing',
  'other',
]);

/**
 * 主动发现报告: a village or grid worker reports a household found in hardship — who, where, what hardship, how
 * urgent — to the township, which follows it up by a working-day date (seed 002 三(一)1, seed 004 三(四)).
 */
Page({
  data: {
    ui: ui(),
    placeName: '',
    name: '',
    address: '',
    phone: '',
    description: '',
    urgent: false,
    hardships: [] as { id: Hardship; label: string; chosen: boolean }[],
    key: '',
    sent: '',
    reported: [] as string[],
    errors: {} as Record<string, string>,
    error: '',
  },
  async onLoad() {
    const u = ui();
    this.setData({
      ui: u,
      placeName: chosenPlace()?.name ?? u.t.apply.noPlace,
      hardships: HARDSHIPS.map((id) => ({ id, label: u.t.discover.hardshipList[id], chosen: false })),
    });
    await this.loadReported();
  },
  async loadReported() {
    const t = this.data.ui.t.discover;
    try {
      const page = await call('listDiscoveries', { query: { size: 20 } });
      this.setData({
        reported: page.items.map(
          (d) =>
            `${d.urgent ? t.urgentTag : ''}${d.reportedOn} · ${d.hardships.map((h) => h.label).join('、')} · ${d.status.label}`,
        ),
      });
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  onInput(e: WechatMiniprogram.Input) {
    this.setData({ [e.currentTarget.dataset.field as string]: e.detail.value, errors: {}, error: '' });
  },
  toggleHardship(e: WechatMiniprogram.TouchEvent) {
    this.setData({
      hardships: this.data.hardships.map((h) =>
        h.id === e.currentTarget.dataset.id ? { ...h, chosen: !h.chosen } : h,
      ),
    });
  },
  toggleUrgent() {
    this.setData({ urgent: !this.data.urgent });
  },
  async submit() {
    const place = chosenPlace();
    if (!place) return this.setData({ error: this.data.ui.t.apply.noPlace });
    const key = this.data.key || newKey();
    this.setData({ key, sent: '', error: '', errors: {} });
    try {
      const made = await call('reportDiscovery', {
        idempotencyKey: key,
        body: {
          areaId: place.id,
          household: {
            name: this.data.name,
            address: this.data.address,
            ...(this.data.phone ? { phone: this.data.phone } : {}),
          },
          hardships: this.data.hardships.filter((h) => h.chosen).map((h) => h.id),
          urgency: this.data.urgent ? 'urgent' : 'ordinary',
          description: this.data.description,
        },
      });
      this.setData({ key: '', sent: fmt(this.data.ui.t.discover.sent, { date: made.followUpBy.date }) });
      await this.loadReported();
    } catch (err) {
      const e = err as ApiError;
      // A refused report is a different report once corrected: it gets a new key.
      this.setData({ key: e.offline ? key : '', errors: e.byField(), error: e.message });
    }
  },
});
