/**
 * WeChat's privacy guideline (隐私保护指引): before a privacy API (choosing a photo, the clipboard …) runs, WeChat
 * asks the mini-program to show its own consent sheet (wx.onNeedPrivacyAuthorization). The privacy-sheet component
 * on the page shows it; its <button open-type="agreePrivacyAuthorization"> agrees. This is separate from the
 * product's own consent record (the privacy_consent declaration signed in the application).
 */

type Resolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void;
type Listener = (resolve: Resolve) => void;

let listener: Listener | null = null;
let waiting: Resolve | null = null;

/** Registered once at launch. */
export function listenForPrivacy(): void {
  if (typeof wx.onNeedPrivacyAuthorization !== 'function') return;
  wx.onNeedPrivacyAuthorization((resolve) => {
    waiting = resolve as unknown as Resolve;
    listener?.(waiting);
  });
}

/** The sheet on the current page shows itself when WeChat asks. */
export function onPrivacyNeeded(fn: Listener | null): void {
  listener = fn;
  if (fn && waiting) fn(waiting);
}

export function answerPrivacy(event: 'agree' | 'disagree', buttonId?: string): void {
  waiting?.({ event, buttonId });
  waiting = null;
}
