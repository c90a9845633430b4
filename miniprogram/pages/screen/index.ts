import { ApiError, call, type BodyOf, type Schemas } from '../../lib/api';
import { fmt } from '../../lib/i18n';
import { yuanToFen } from '../../lib/money';
import { chosenPlace } from '../../lib/place';
import { ui } from '../../lib/settings';

const STEPS = 2;

/** Pre-screen in two short steps; the answer is exactly the engine's, with its reasons and materials. */
Page({
  data: {
    ui: ui(),
    step: 0,
    stepText: '',
    residence: 'rural' as 'rural' | 'urban',
    ages: '',
    income: '',
    errors: {} as Record<string, string>,
    error: '',
    result: null as Schemas['ScreeningAnswer'] | null,
  },
  onLoad() {
    this.go(0);
  },
  go(step: number) {
    const u = ui();
    this.setData({ ui: u, step, stepText: fmt(u.t.common.stepOf, { n: step + 1, total: STEPS }) });
  },
  setResidence(e: WechatMiniprogram.TouchEvent) {
    this.setData({ residence: e.currentTarget.dataset.value as 'rural' | 'urban' });
  },
  onInput(e: WechatMiniprogram.Input) {
    const field = e.currentTarget.dataset.field as string;
    this.setData({ [field]: e.detail.value, [`errors.${field}`]: '' });
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
    const place = chosenPlace();
    if (!place?.jurisdiction) return this.setData({ error: t.apply.noPlace });
    const members = this.agesList()!.map((age, i) => ({
      relation: i === 0 ? ('self' as const) : ('other' as const),
      age,
    }));
    try {
      const body = {
        jurisdiction: place.jurisdiction,
        household: {
          members,
          residenceArea: this.data.residence,
          householdIncome: { monthlyFen, earners: [] },
        },
      };
      // The contract's shared Household component lists the fields the server defaults as present: it fills them.
      const result = await call('screenHousehold', { body: body as unknown as BodyOf<'screenHousehold'> });
      this.setData({ result, error: '' });
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  apply() {
    wx.navigateTo({ url: '/pages/apply/index' });
  },
});
