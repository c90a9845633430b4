import { listenForPrivacy } from './lib/privacy';
import { resendPending } from './lib/pending-saves';
import './lib/session';

App({
  onLaunch() {
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
