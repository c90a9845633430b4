import { LANGUAGES, messages, type Language, type Messages } from './i18n';

/**
 * The person's own settings, kept on the phone: language and elder mode (适老化). Elder mode follows WeChat's
 * font size and care mode (关怀模式) unless the person turned it on or off themselves.
 */

export type ElderChoice = 'auto' | 'on' | 'off';

const LANGUAGE_KEY = 'settings.language';
const ELDER_KEY = 'settings.elder';
/** WeChat's standard font size on a 375-wide screen; care mode is about 23.8 px. */
const STANDARD_FONT_PX = 17;
/** The elder interface's main text is at least 18 px (national design rules for apps, 2021). */
const ELDER_MIN_FONT_PX = 20;

export function language(): Language {
  const saved = wx.getStorageSync(LANGUAGE_KEY) as string;
  return (LANGUAGES as readonly string[]).includes(saved) ? (saved as Language) : 'zh-CN';
}

export function setLanguage(lng: Language): void {
  wx.setStorageSync(LANGUAGE_KEY, lng);
}

export function elderChoice(): ElderChoice {
  const saved = wx.getStorageSync(ELDER_KEY) as string;
  return saved === 'on' || saved === 'off' ? saved : 'auto';
}

export function setElderChoice(choice: ElderChoice): void {
  wx.setStorageSync(ELDER_KEY, choice);
}

/** WeChat's font size setting in px (standard when unknown). */
function wechatFontPx(): number {
  try {
    const info = wx.getAppBaseInfo();
    return info.fontSizeSetting || STANDARD_FONT_PX;
  } catch {
    return STANDARD_FONT_PX;
  }
}

export interface Ui {
  lng: Language;
  t: Messages;
  elder: boolean;
  fontPx: number;
  /** The page root's inline style: its font size and line height; everything inside sizes in em. */
  rootStyle: string;
}

/** What every page binds: the words in the chosen language and the sizes elder mode asks for. */
export function ui(): Ui {
  const lng = language();
  const choice = elderChoice();
  const wechat = wechatFontPx();
  const elder = choice === 'on' || (choice === 'auto' && wechat > STANDARD_FONT_PX);
  const fontPx = elder ? Math.max(ELDER_MIN_FONT_PX, wechat) : Math.max(16, wechat);
  const lineHeight = elder ? 1.6 : 1.5;
  return {
    lng,
    t: messages(lng),
    elder,
    fontPx,
    rootStyle: `font-size:${fontPx}px;line-height:${lineHeight}`,
  };
}
