import { ApiError, call, newKey, upload, type ResultOf, type Schemas } from '../../lib/api';
import { valuesOf } from '../../lib/enum-values';
import { fmt } from '../../lib/i18n';
import { chosenPlace } from '../../lib/place';
import { ensureResident } from '../../lib/session';
import { ui } from '../../lib/settings';

/** What a report is about; a complaint is made from the case page instead. */
type Kind = Exclude<Schemas['CreateReportRequest']['kind'], 'complaint'>;
const KINDS = valuesOf<Kind>()(['fraud', 'favouritism', 'misconduct', 'other']);

/**
 * A report about a place, or a complaint about one's own case (opened from the case page), anonymous if the person
 * wishes: the receipt code and the secret are shown once, with a plain warning to keep them and a way to copy each;
 * evidence photos follow with the receipt.
 */
Page({
  data: {
    ui: ui(),
    kinds: [] as { id: string; label: string }[],
    kind: 'fraud' as Kind,
    applicationId: '',
    complaintText: '',
    placeName: '',
    description: '',
    people: '',
    involvesStaff: false,
    anonymous: true,
    phone: '',
    key: '',
    evidenceKey: '',
    receipt: null as ResultOf<'createReport'> | null,
    codeText: '',
    secretText: '',
    evidenceState: '',
    errors: {} as Record<string, string>,
    error: '',
  },
  async onLoad(query: Record<string, string | undefined>) {
    const u = ui();
    this.setData({
      ui: u,
      kinds: KINDS.map((id) => ({ id, label: u.t.report.kinds[id] })),
      placeName: chosenPlace()?.name ?? u.t.apply.noPlace,
      applicationId: query.applicationId ?? '',
    });
    if (!query.applicationId) return;
    // A complaint is about a case the person may see: they are signed in, even when the complaint is anonymous.
    try {
      await ensureResident();
      const app = await call('getApplication', { path: { id: query.applicationId } });
      this.setData({
        complaintText: fmt(u.t.report.complaintAbout, { caseNumber: app.caseNumber ?? app.id }),
      });
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  chooseKind(e: WechatMiniprogram.TouchEvent) {
    this.setData({ kind: e.currentTarget.dataset.id as Kind });
  },
  onInput(e: WechatMiniprogram.Input) {
    this.setData({ [e.currentTarget.dataset.field as string]: e.detail.value, errors: {} });
  },
  toggleStaff() {
    this.setData({ involvesStaff: !this.data.involvesStaff });
  },
  toggleAnonymous() {
    this.setData({ anonymous: !this.data.anonymous });
  },
  async submit() {
    const place = chosenPlace();
    const complaint = this.data.applicationId !== '';
    if (!complaint && !place) return this.setData({ error: this.data.ui.t.apply.noPlace });
    // One key for this report until it is received, across every retry.
    const key = this.data.key || newKey();
    this.setData({ key, error: '', errors: {} });
    const people = this.data.people
      .split(/[,，、\s]+/)
      .filter(Boolean)
      .map((name) => ({ name }));
    try {
      const receipt = await call('createReport', {
        idempotencyKey: key,
        body: {
          ...(complaint
            ? { kind: 'complaint' as const, applicationId: this.data.applicationId }
            : { kind: this.data.kind, areaId: place!.id }),
          people,
          involvesStaff: this.data.involvesStaff,
          description: this.data.description,
          reporter: this.data.anonymous
            ? { anonymous: true }
            : { anonymous: false, ...(this.data.phone ? { phone: this.data.phone } : {}) },
        },
      });
      const t = this.data.ui.t.report;
      this.setData({
        receipt,
        key: '',
        codeText: fmt(t.receiptCode, { code: receipt.receiptCode }),
        secretText: fmt(t.secret, { secret: receipt.secret }),
      });
    } catch (err) {
      const e = err as ApiError;
      // Offline, the same report is sent again under the same key; a refused one, once corrected, is a new one.
      this.setData({ key: e.offline ? key : '', errors: e.byField(), error: e.message });
    }
  },
  copyCode() {
    wx.setClipboardData({ data: this.data.receipt?.receiptCode ?? '' });
  },
  copySecret() {
    wx.setClipboardData({ data: this.data.receipt?.secret ?? '' });
  },
  addEvidence() {
    const receipt = this.data.receipt;
    if (!receipt) return;
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: ['camera', 'album'],
      sizeType: ['compressed'],
      success: async (res) => {
        const file = res.tempFiles[0];
        if (!file) return;
        const t = this.data.ui.t;
        const key = this.data.evidenceKey || newKey();
        this.setData({ evidenceKey: key, evidenceState: fmt(t.upload.uploading, { percent: 0 }) });
        try {
          await upload('addReportEvidence', {
            filePath: file.tempFilePath,
            formData: { receiptCode: receipt.receiptCode, secret: receipt.secret },
            idempotencyKey: key,
            onProgress: (percent) => this.setData({ evidenceState: fmt(t.upload.uploading, { percent }) }),
          });
          this.setData({ evidenceKey: '', evidenceState: t.upload.done });
        } catch (err) {
          this.setData({ evidenceState: fmt(t.upload.failed, { message: (err as ApiError).message }) });
        }
      },
    });
  },
  /** Follow this report, or one made earlier (its code typed on the next page). */
  follow() {
    const code = this.data.receipt?.receiptCode;
    wx.navigateTo({ url: code ? `/pages/report/follow?receiptCode=${code}` : '/pages/report/follow' });
  },
});
