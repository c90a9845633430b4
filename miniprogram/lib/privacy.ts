/**
 * WeChat's privacy guideline (隐私保护指引): before a privacy API (choosing a photo, the clipboard …) runs, WeChat
 * asks the mini-program to show its own consent sheet (wx.onNeedPrivacyAuthorization). The privacy-sheet component
 * on each page that uses such an API listens while the page is shown; its
 * <button open-type="agreePrivacyAuthorization"> agrees. This is separate from the product's own consent record
 * (the privacy_consent declaration signed in the application).
 */

export type PrivacyAnswer = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

/** Shows the sheet when WeChat asks; the answer goes back through the function WeChat gave. */
export function listenForPrivacy(show: (answer: PrivacyAnswer) => void): void {
  if (typeof wx.onNeedPrivacyAuthorization !== 'function') return;
  wx.onNeedPrivacyAuthorization((resolve) => show(resolve as unknown as PrivacyAnswer));
}
