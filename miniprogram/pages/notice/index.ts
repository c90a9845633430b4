import { ApiError, call, type Schemas } from '../../lib/api';
import { fmt } from '../../lib/i18n';
import { ensureResident } from '../../lib/session';
import { ui } from '../../lib/settings';

type NoticeItem = NonNullable<Schemas['OneTimeNotice']>['items'][number];
interface Row {
  key: string;
  kind: 'fact' | 'material';
  code: string;
  name: string;
  reason: string;
  done: boolean;
}

/** Whether an item of the notice is still missing now. */
function stillMissing(
  app: Schemas['Application'],
  item: Pick<NoticeItem, 'kind' | 'code' | 'member'>,
): boolean {
  if (item.kind === 'material')
    return (app.missing.materials?.required ?? []).some((m) => m.id === item.code);
  return app.missing.facts.some((f) => f.code === item.code && f.member === item.member);
}

/**
 * The one-time notice (一次性告知) as a checklist: every item given once, each with its reason, ticked off as the
 * applicant uploads or signs it. Before a notice is given, the same list shows what is missing now.
 */
Page({
  data: {
    ui: ui(),
    id: '',
    items: [] as Row[],
    issuedText: '',
    maxBytes: 10 * 1024 * 1024,
    error: '',
    loaded: false,
  },
  async onLoad(query: Record<string, string | undefined>) {
    this.setData({ ui: ui(), id: query.id ?? '' });
    try {
      await ensureResident();
      const settings = await call('getClientSettings');
      this.setData({ maxBytes: settings.uploadMaxBytes });
      await this.load();
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  async load() {
    const app = await call('getApplication', { path: { id: this.data.id } });
    const t = this.data.ui.t;
    const notice = app.notice;
    const given: NoticeItem[] = notice
      ? [...notice.items, ...notice.additions.flatMap((a) => a.items)]
      : [
          ...app.missing.facts.map((f) => ({
            kind: 'fact' as const,
            code: f.code,
            member: f.member,
            name: f.message,
            reason: null,
            sourceText: null,
          })),
          ...(app.missing.materials?.required ?? []).map((m) => ({
            kind: 'material' as const,
            code: m.id,
            member: null,
            name: m.name,
            reason: m.reason,
            sourceText: m.sourceText,
          })),
        ];
    this.setData({
      loaded: true,
      issuedText: notice ? fmt(t.notice.issuedOn, { date: notice.issuedOn }) : '',
      items: given.map((i) => ({
        key: `${i.kind}:${i.code}:${i.member ?? ''}`,
        kind: i.kind,
        code: i.code,
        name: i.member ? `${i.name}（${i.member}）` : i.name,
        reason: i.reason ?? '',
        done: !stillMissing(app, i),
      })),
    });
  },
});
