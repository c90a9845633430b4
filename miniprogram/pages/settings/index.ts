import type { Language } from '../../lib/i18n';
import { signOut } from '../../lib/session';
import { elderChoice, setElderChoice, setLanguage, ui, type ElderChoice } from '../../lib/settings';

/** Language, elder mode (适老化), sign out. Each language is named in itself. */
const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

Page({
  data: {
    ui: ui(),
    languages: Object.entries(LANGUAGE_NAMES).map(([id, label]) => ({ id, label })),
    elder: elderChoice() as ElderChoice,
    elderChoices: [] as { id: ElderChoice; label: string }[],
    status: '',
  },
  onLoad() {
    this.refresh();
  },
  refresh() {
    const u = ui();
    this.setData({
      ui: u,
      elder: elderChoice(),
      elderChoices: [
        { id: 'auto', label: u.t.settings.elderAuto },
        { id: 'on', label: u.t.settings.elderOn },
        { id: 'off', label: u.t.settings.elderOff },
      ],
    });
  },
  chooseLanguage(e: WechatMiniprogram.TouchEvent) {
    setLanguage(e.currentTarget.dataset.id as Language);
    this.refresh();
  },
  chooseElder(e: WechatMiniprogram.TouchEvent) {
    setElderChoice(e.currentTarget.dataset.id as ElderChoice);
    this.refresh();
  },
  async signOut() {
    await signOut();
    this.setData({ status: this.data.ui.t.settings.signedOut });
  },
});
