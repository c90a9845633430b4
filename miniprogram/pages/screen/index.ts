import { ApiError, call, type Schemas } from '../../lib/api';
import { fmt } from '../../lib/i18n';
import { yuanToFen } from '../../lib/money';
import { chosenPlace } from '../../lib/place';
import { formOf, householdOf, type Handoff, type ScreenForm } from '../../lib/screen-form';
import { ui } from '../../lib/settings';

const STEPS = 2;

/**
 * Pre-screen in two short steps; the answer is exactly the engine's, with its reasons and materials. Someone who
 * did the check in the chat enters the bot's code instead, and what they told it fills the form (taken once).
 */
Page({
  data: {
    ui: ui(),
    step: 0,
    stepText: '',
    residence: 'rural' as ScreenForm['residence'],
    ages: '',
    income: '',
    errors: {} as Record<string, string>,
    error: '',
    result: null as Schemas['ScreeningAnswer'] | null,
    handedOff: null as Handoff | null,
  },
  onLoad() {
    this.go(0);
  },
  go(step: number) {
    const u = ui();
    this.setData({ ui: u, step, stepText: fmt(u.t.common.stepOf, { n: step + 1, total: STEPS }) });
  },
  setResidence(e: WechatMiniprogram.TouchEvent) {
    this.setData({ residence: e.currentTarget.dataset.value as ScreenForm['residence'] });
  },
  onInput(e: WechatMiniprogram.Input) {
    const field = e.currentTarget.dataset.field as string;
    this.setData({ [field]: e.detail.value, [`errors.${field}`]: '' });
  },
  /** The household told in the chat (components/handoff-entry) fills the form; the rest of it is kept. */
  onHandoff(e: WechatMiniprogram.CustomEvent<{ screening: Handoff }>) {
    const { screening } = e.detail;
    this.setData({ ...formOf(screening.household), handedOff: screening, errors: {} });
  },
  agesList(): number[] | null {
    const parts = this.data.ages.split(/[,，\s]+/).filter(Boolean);
    const ages = parts.map(Number);
    return ages.length && ages.every((a) => Number.isInteger(a) && a >= 0 && a <= 130) ? ages : null;
  },
  next() {
    if (!this.agesList()) return this.setData({ 'errors.ages': this.data.ui.t.screen.badAges });
    this.go(1);
  },
  back() {
    this.go(0);
  },
  async submit() {
    const t = this.data.ui.t;
    const monthlyFen = yuanToFen(this.data.income);
    if (monthlyFen === null) return this.setData({ 'errors.income': t.screen.badIncome });
    // The place told in the chat, or the one chosen on the home page.
    const handedOff = this.data.handedOff;
    const jurisdiction = handedOff?.jurisdiction ?? chosenPlace()?.jurisdiction;
    if (!jurisdiction) return this.setData({ error: t.apply.noPlace });
    const form = { residence: this.data.residence, ages: this.agesList()!, monthlyFen };
    try {
      const result = await call('screenHousehold', {
        body: { jurisdiction, household: householdOf(form, handedOff?.household) },
      });
      this.setData({ result, error: '' });
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  apply() {
    wx.navigateTo({ url: '/pages/apply/index' });
  },
});
