import { resendPending } from './lib/pending-saves';
import './lib/session';

App({
  onLaunch() {
    // A step saved while offline goes out as soon as the network is back.
    wx.onNetworkStatusChange((s) => {
      if (s.isConnected) void resendPending();
    });
  },
  onShow() {
    void resendPending();
  },
});
