import { listenForPrivacy } from './lib/privacy';
import { resendPending } from './lib/pending-saves';
import { installSessions } from './lib/session';

App({
  onLaunch() {
    installSessions();
    listenForPrivacy();
    // A step saved while offline goes out as soon as the network is back.
    wx.onNetworkStatusChange((s) => {
      if (s.isConnected) void resendPending();
    });
  },
  onShow() {
    void resendPending();
  },
});
