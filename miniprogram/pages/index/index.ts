import { ApiError, call, type Schemas } from '../../lib/api';
import { fmt } from '../../lib/i18n';
import { chosenPlace, choosePlace, type Place } from '../../lib/place';
import { elderChoice, setElderChoice, ui } from '../../lib/settings';

type PlaceRow = Schemas['Place'];

/** Home: choose the place through the tree (county → township → village), see its programmes and contacts. */
Page({
  data: {
    ui: ui(),
    places: [] as PlaceRow[],
    trail: [] as { id: string; name: string }[],
    place: null as Place | null,
    chosenText: '',
    policy: null as Schemas['JurisdictionPolicy'] | null,
    actions: [] as { id: string; label: string; url: string }[],
    error: '',
  },
  onLoad() {
    const place = chosenPlace();
    this.refresh();
    if (place) void this.showPlace(place);
    else void this.loadPlaces();
  },
  onShow() {
    this.refresh();
  },
  refresh() {
    const u = ui();
    const a = u.t.home.actions;
    this.setData({
      ui: u,
      actions: [
        { id: 'screen', label: a.screen, url: '/pages/screen/index' },
        { id: 'apply', label: a.apply, url: '/pages/apply/index' },
        { id: 'cases', label: a.cases, url: '/pages/cases/index' },
        { id: 'report', label: a.report, url: '/pages/report/index' },
        { id: 'settings', label: a.settings, url: '/pages/settings/index' },
        { id: 'worker', label: a.worker, url: '/pages/worker/index' },
      ],
    });
  },
  async loadPlaces(parentId?: string) {
    try {
      const page = await call('listPlaces', { query: { parentId, size: 100 } });
      this.setData({ places: page.items, error: '' });
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  async tapPlace(e: WechatMiniprogram.TouchEvent) {
    const row = this.data.places.find((p) => p.id === e.currentTarget.dataset.id);
    if (!row) return;
    this.setData({ trail: [...this.data.trail, { id: row.id, name: row.name }] });
    if (row.hasChildren) await this.loadPlaces(row.id);
    else
      await this.showPlace({
        id: row.id,
        name: this.data.trail.map((p) => p.name).join(' '),
        jurisdiction: row.jurisdiction,
      });
  },
  async showPlace(place: Place) {
    choosePlace(place);
    this.setData({ place, chosenText: fmt(this.data.ui.t.home.chosen, { place: place.name }) });
    if (!place.jurisdiction) return;
    try {
      const policy = await call('getJurisdictionPolicy', { path: { id: place.jurisdiction } });
      this.setData({ policy, error: '' });
    } catch (err) {
      this.setData({ error: (err as ApiError).message });
    }
  },
  changePlace() {
    choosePlace(null);
    this.setData({ place: null, policy: null, trail: [] });
    void this.loadPlaces();
  },
  toggleElder() {
    setElderChoice(this.data.ui.elder && elderChoice() !== 'off' ? 'off' : 'on');
    this.refresh();
  },
  openAction(e: WechatMiniprogram.TouchEvent) {
    wx.navigateTo({ url: e.currentTarget.dataset.url as string });
  },
});
