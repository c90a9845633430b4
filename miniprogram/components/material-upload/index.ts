import { ApiError, newKey, upload } from '../../lib/api';
import { fmt } from '../../lib/i18n';
import { ui } from '../../lib/settings';

type State = 'waiting' | 'uploading' | 'done' | 'failed';

/**
 * One material of an application: choose a photo (wx.chooseMedia), upload it with progress, and on failure say
 * why and offer a retry under the same Idempotency-Key, so a retry never files the paper twice.
 */
Component({
  properties: {
    applicationId: { type: String, value: '' },
    materialId: { type: String, value: '' },
    name: { type: String, value: '' },
    reason: { type: String, value: '' },
    done: { type: Boolean, value: false },
    maxBytes: { type: Number, value: 10 * 1024 * 1024 },
  },
  data: {
    state: 'waiting' as State,
    stateText: '',
    percent: 0,
    message: '',
    key: '',
    labels: { choose: '', retry: '' },
  },
  lifetimes: {
    attached() {
      this.show(this.data.done ? 'done' : 'waiting');
    },
  },
  methods: {
    show(state: State, message = '', percent = 0) {
      const t = ui().t;
      const stateText =
        state === 'uploading'
          ? fmt(t.upload.uploading, { percent })
          : state === 'done'
            ? t.upload.done
            : state === 'failed'
              ? fmt(t.upload.failed, { message: '' }).replace(/[:：]\s*$/, '')
              : t.upload.waiting;
      this.setData({
        state,
        stateText,
        message,
        percent,
        labels: { choose: t.upload.choose, retry: t.common.retry },
      });
    },
    choose() {
      wx.chooseMedia({
        count: 1,
        mediaType: ['image'],
        sourceType: ['camera', 'album'],
        sizeType: ['compressed'],
        success: (res) => {
          const file = res.tempFiles[0];
          if (file) void this.send(file.tempFilePath, file.size);
        },
      });
    },
    async send(filePath: string, size: number) {
      const t = ui().t;
      if (size > this.data.maxBytes) {
        this.show('failed', fmt(t.upload.tooLarge, { limit: Math.round(this.data.maxBytes / 1048576) }));
        return;
      }
      // One key per paper until it is stored: every retry of this upload carries it.
      const key = this.data.key || newKey();
      this.setData({ key });
      this.show('uploading');
      try {
        await upload('uploadAttachment', {
          path: { id: this.data.applicationId },
          filePath,
          formData: { materialId: this.data.materialId },
          idempotencyKey: key,
          onProgress: (percent) => this.show('uploading', '', percent),
        });
        this.setData({ key: '' });
        this.show('done');
        this.triggerEvent('uploaded', { materialId: this.data.materialId });
      } catch (err) {
        this.show('failed', err instanceof ApiError ? err.message : String(err));
      }
    },
  },
});
