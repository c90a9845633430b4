import { ApiError, call } from '../../lib/api';
import { ui } from '../../lib/settings';

/**
 * "I already told the chat": the code the bot gave after a pre-screen in a chat. Taking it spends it (the server
 * gives a hand-off once), so the page is handed the household in a `taken` event and fills its own form; a used,
 * expired or mistyped code is said beside the field.
 */
Component({
  data: {
    t: ui().t.handoff,
    // Elder sizes (app.wxss `.elder .btn`) are matched inside the component, not across its boundary.
    elder: false,
    code: '',
    message: '',
    taken: false,
  },
  lifetimes: {
    attached() {
      const u = ui();
      this.setData({ t: u.t.handoff, elder: u.elder });
    },
  },
  methods: {
    onInput(e: WechatMiniprogram.Input) {
      this.setData({ code: e.detail.value, message: '' });
    },
    async take() {
      try {
        const { screening } = await call('takeHandoff', { path: { code: this.data.code } });
        this.setData({ taken: true, message: '' });
        this.triggerEvent('taken', { screening });
      } catch (err) {
        const e = err as ApiError;
        this.setData({ message: e.byField().code ?? e.message });
      }
    },
  },
});
