import { answerPrivacy, onPrivacyNeeded } from '../../lib/privacy';
import { ui } from '../../lib/settings';

/** WeChat's privacy-guideline consent, shown when a privacy API (choosing a photo) needs it. */
Component({
  data: { visible: false, t: ui().t },
  lifetimes: {
    attached() {
      onPrivacyNeeded(() => this.setData({ visible: true, t: ui().t }));
    },
    detached() {
      onPrivacyNeeded(null);
    },
  },
  methods: {
    agree() {
      answerPrivacy('agree', 'privacy-agree');
      this.setData({ visible: false });
    },
    disagree() {
      answerPrivacy('disagree');
      this.setData({ visible: false });
    },
  },
});
