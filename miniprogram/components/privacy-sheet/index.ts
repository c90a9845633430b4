import { listenForPrivacy, type PrivacyAnswer } from '../../lib/privacy';
import { ui } from '../../lib/settings';

let answer: PrivacyAnswer | null = null;

/** WeChat's privacy-guideline consent, shown when a privacy API (choosing a photo) needs it. */
Component({
  data: { visible: false, t: ui().t },
  lifetimes: {
    attached() {
      listenForPrivacy((resolve) => {
        answer = resolve;
        this.setData({ visible: true, t: ui().t });
      });
    },
  },
  methods: {
    agree() {
      answer?.({ event: 'agree', buttonId: 'privacy-agree' });
      answer = null;
      this.setData({ visible: false });
    },
    disagree() {
      answer?.({ event: 'disagree' });
      answer = null;
      this.setData({ visible: false });
    },
  },
});
