import { ApiError, call, newKey, type Schemas } from '../../lib/api';
import {
  checkTypedId,
  emptyMember,
  firstOpenStep,
  formOf,
  householdBody,
  householdProblems,
  placeProblems,
  RELATIONS,
  STEPS,
  withHandoff,
  type HouseholdForm,
  type Relation,
} from '../../lib/application-form';
import { valuesOf } from '../../lib/enum-values';
import { fmt } from '../../lib/i18n';
import { pendingFor, resendPending, saveHousehold } from '../../lib/pending-saves';
import { chosenPlace, type Place } from '../../lib/place';
import type { Handoff } from '../../lib/screen-form';
import { ensureResident, mode } from '../../lib/session';
import { ui } from '../../lib/settings';

type App = Schemas['Application'];
type Declaration = Schemas['ListDeclarationsResponse']['items'][number] & { agreed: boolean };
type ProgramId = Schemas['ProgramId'];
type Basis = NonNullable<Schemas['CreateApplicationRequest']['onBehalf']>['basis'];
const BASES = valuesOf<Basis>()(['no_civil_capacity', 'elderly', 'disabled', 'entrusted']);
const DRAFT_KEY = 'draft.';

/**
 * The application in six short steps, each saved to the server as it is left, so it can be resumed here or on
 * another phone: programmes, household (ID numbers checked as typed), income in yuan a month, declarations with
 * explicit consent, the materials still missing (uploaded one by one), and submission.
 */
Page({
  data: {
    ui: ui(),
    step: 0,
    stepText: '',
    id: '',
    revision: 0,
    place: null as Place | null,
    worker: false,
    programs: [] as { id: ProgramId; name: string; chosen: boolean }[],
    bases: [] as { id: string; label: string }[],
    basis: '',
    form: {
      members: [emptyMember('self')],
      residence: 'rural',
      phone: '',
      phoneMasked: '',
      incomeYuan: '',
    } as HouseholdForm,
    memberTitles: [] as string[],
    idOkText: '',
    relationNames: {} as Record<string, string>,
    relationChoices: [] as { id: Relation; label: string }[],
    declarations: [] as Declaration[],
    related: null as boolean | null,
    relatedDetails: '',
    materials: [] as { id: string; name: string; reason: string; done: boolean }[],
    maxBytes: 10 * 1024 * 1024,
    templateIds: [] as string[],
    submitKey: '',
    claimText: '',
    errors: {} as Record<string, string>,
    status: '',
    error: '',
  },

  async onLoad(query: Record<string, string | undefined>) {
    const u = ui();
    const worker = mode() === 'worker';
    this.setData({
      ui: u,
      worker,
      place: chosenPlace(),
      idOkText: `✓ ${u.t.apply.idOk}`,
      bases: BASES.map((id) => ({ id, label: u.t.apply.bases[id] })),
      relationNames: u.t.apply.relations,
      relationChoices: RELATIONS.filter((r) => r !== 'self').map((id) => ({
        id,
        label: u.t.apply.relations[id],
      })),
    });
    try {
      await ensureResident();
      const settings = await call('getClientSettings');
      this.setData({ maxBytes: settings.uploadMaxBytes, templateIds: settings.subscribeTemplateIds });
      const id = query.id ?? (wx.getStorageSync(DRAFT_KEY + mode()) as string);
      if (id) await this.resume(id);
      else await this.loadProgrammes();
    } catch (err) {
      this.fail(err);
    }
  },

  /** Carries on with a saved draft: read back from the server, with any save still waiting on this phone. */
  async resume(id: string) {
    // A step saved while offline goes first, so what is read back includes it.
    if (pendingFor(id)) await resendPending();
    const app = await call('getApplication', { path: { id } });
    if (app.status !== 'draft') return wx.redirectTo({ url: `/pages/case/index?id=${id}` });
    this.setData({ id });
    this.show(app);
    this.setForm(formOf(app));
    await this.go(firstOpenStep(app));
    this.setData({ status: this.data.ui.t.apply.resumed });
  },

  async loadProgrammes() {
    const place = this.data.place;
    if (!place?.jurisdiction) return;
    const policy = await call('getJurisdictionPolicy', { path: { id: place.jurisdiction } });
    this.setData({ programs: policy.programs.map((p) => ({ id: p.id, name: p.name, chosen: false })) });
  },

  show(app: App) {
    const required = app.missing.materials?.required ?? [];
    const provided = app.missing.materials?.provided ?? [];
    this.setData({
      revision: app.revision,
      materials: [
        ...required.map((m) => ({ id: m.id, name: m.name, reason: m.reason, done: false })),
        ...provided
          .filter((m) => m.by === 'upload')
          .map((m) => ({ id: m.id, name: m.name, reason: '', done: true })),
      ],
    });
  },

  setForm(form: HouseholdForm) {
    const t = this.data.ui.t;
    this.setData({ form, memberTitles: form.members.map((_, i) => fmt(t.apply.member, { n: i + 1 })) });
  },

  async go(step: number) {
    const t = this.data.ui.t;
    if (step === STEPS.declarations && this.data.declarations.length === 0) {
      const list = await call('listDeclarations');
      this.setData({ declarations: list.items.map((d) => ({ ...d, agreed: false })) });
    }
    this.setData({
      step,
      errors: {},
      error: '',
      status: '',
      stepText: fmt(t.common.stepOf, { n: step + 1, total: t.apply.steps.length }),
    });
  },

  fail(err: unknown, problems: Record<string, string> = {}) {
    if (err instanceof ApiError) {
      const placed = placeProblems(this.data.form, { ...err.byField(), ...problems });
      this.setData({
        'form.members': placed.members,
        errors: placed.errors,
        error: err.offline ? '' : err.message,
        status: err.offline ? this.data.ui.t.apply.savedOffline : '',
      });
    } else this.setData({ error: String(err) });
  },

  toggleProgram(e: WechatMiniprogram.TouchEvent) {
    this.setData({
      programs: this.data.programs.map((p) =>
        p.id === e.currentTarget.dataset.id ? { ...p, chosen: !p.chosen } : p,
      ),
    });
  },
  chooseBasis(e: WechatMiniprogram.TouchEvent) {
    this.setData({ basis: e.currentTarget.dataset.id as string });
  },
  onMember(e: WechatMiniprogram.Input) {
    const index = Number(e.currentTarget.dataset.index);
    const field = e.currentTarget.dataset.field as 'name' | 'idNumber' | 'age';
    const members = this.data.form.members.slice();
    const m = { ...members[index]! };
    if (field === 'idNumber')
      Object.assign(
        m,
        checkTypedId(e.detail.value, this.data.ui.t),
        { idMasked: false },
        {
          idNumber: e.detail.value.trim().toUpperCase(),
        },
      );
    else m[field] = e.detail.value;
    if (field === 'name') m.nameError = '';
    if (field === 'age') m.ageError = '';
    members[index] = m;
    this.setData({ 'form.members': members });
  },
  onRelation(e: WechatMiniprogram.PickerChange) {
    const index = Number(e.currentTarget.dataset.index);
    const choice = this.data.relationChoices[Number(e.detail.value)];
    if (choice) this.setData({ [`form.members[${index}].relation`]: choice.id });
  },
  toggleIllness(e: WechatMiniprogram.TouchEvent) {
    const index = Number(e.currentTarget.dataset.index);
    const member = this.data.form.members[index];
    if (member) this.setData({ [`form.members[${index}].seriousIllness`]: !member.seriousIllness });
  },
  /** The household told in the chat (components/handoff-entry) fills this step. */
  onHandoff(e: WechatMiniprogram.CustomEvent<{ screening: Handoff }>) {
    this.setForm(withHandoff(this.data.form, e.detail.screening.household));
  },
  addMember() {
    this.setForm({ ...this.data.form, members: [...this.data.form.members, emptyMember('spouse')] });
  },
  removeMember(e: WechatMiniprogram.TouchEvent) {
    const index = Number(e.currentTarget.dataset.index);
    this.setForm({ ...this.data.form, members: this.data.form.members.filter((_, i) => i !== index) });
  },
  setResidence(e: WechatMiniprogram.TouchEvent) {
    this.setData({ 'form.residence': e.currentTarget.dataset.value as string });
  },
  onForm(e: WechatMiniprogram.Input) {
    const field = e.currentTarget.dataset.field as string;
    this.setData({ [`form.${field}`]: e.detail.value, errors: {} });
  },
  onPlain(e: WechatMiniprogram.Input) {
    this.setData({ [e.currentTarget.dataset.field as string]: e.detail.value });
  },
  toggleAgree(e: WechatMiniprogram.TouchEvent) {
    const kind = e.currentTarget.dataset.kind as string;
    this.setData({
      declarations: this.data.declarations.map((d) => (d.kind === kind ? { ...d, agreed: !d.agreed } : d)),
    });
  },
  setRelated(e: WechatMiniprogram.TouchEvent) {
    this.setData({ related: e.currentTarget.dataset.value === 'yes' });
  },
  back() {
    this.go(Math.max(0, this.data.step - 1)).catch((err: unknown) => this.fail(err));
  },

  /** Leaves the step: checks it, saves it to the server, then shows the next one. */
  async next() {
    const t = this.data.ui.t;
    try {
      switch (this.data.step) {
        case STEPS.programmes:
          if (!(await this.start())) return;
          break;
        case STEPS.household:
        case STEPS.income: {
          const withIncome = this.data.step === STEPS.income;
          const problems = householdProblems(this.data.form, t, withIncome);
          if (Object.keys(problems).length) return this.fail(new ApiError(400, 'local', ''), problems);
          try {
            const app = await saveHousehold(this.data.id, householdBody(this.data.form, this.data.revision));
            this.show(app);
          } catch (err) {
            // Offline, the step is kept on the phone and sent again by itself; the page says so.
            return this.fail(err);
          }
          break;
        }
        case STEPS.declarations:
          if (!(await this.sign())) return;
          break;
        case STEPS.materials: {
          const app = await call('getApplication', { path: { id: this.data.id } });
          this.show(app);
          break;
        }
      }
      await this.go(this.data.step + 1);
      this.setData({ status: t.apply.saved });
    } catch (err) {
      this.fail(err);
    }
  },

  /** Starts the draft (a worker on a resident's behalf, with the basis) and remembers it on this phone. */
  async start(): Promise<boolean> {
    const t = this.data.ui.t;
    const programs = this.data.programs.filter((p) => p.chosen).map((p) => p.id);
    if (!programs.length) {
      this.setData({ errors: { programs: t.apply.needProgram } });
      return false;
    }
    if (this.data.id) return true;
    const place = this.data.place;
    if (!place) {
      this.setData({ error: t.apply.noPlace });
      return false;
    }
    const created = await call('createApplication', {
      body: {
        areaId: place.id,
        placeBasis: 'registration',
        programs,
        ...(this.data.worker ? { onBehalf: { basis: this.data.basis as Basis } } : {}),
      },
    });
    wx.setStorageSync(DRAFT_KEY + mode(), created.id);
    this.setData({
      id: created.id,
      revision: created.revision,
      claimText: created.claimCode ? fmt(t.apply.claimCode, { code: created.claimCode }) : '',
    });
    return true;
  },

  /** Signs every declaration the person agreed to; all are needed. */
  async sign(): Promise<boolean> {
    const t = this.data.ui.t;
    const others = this.data.declarations.filter((d) => d.kind !== 'relatives_of_staff');
    if (others.some((d) => !d.agreed)) {
      this.setData({ error: t.apply.needAgreement });
      return false;
    }
    if (this.data.related === null || (this.data.related && !this.data.relatedDetails.trim())) {
      this.setData({ error: t.apply.needRelatives });
      return false;
    }
    let revision = this.data.revision;
    let app: App | null = null;
    for (const d of this.data.declarations) {
      app = await call('signDeclaration', {
        path: { id: this.data.id },
        body: {
          revision,
          kind: d.kind,
          textVersion: d.textVersion,
          agree: true,
          ...(d.kind === 'relatives_of_staff'
            ? {
                relatives: {
                  related: this.data.related,
                  ...(this.data.related ? { details: this.data.relatedDetails.trim() } : {}),
                },
              }
            : {}),
        },
      });
      revision = app.revision;
    }
    if (app) this.show(app);
    return true;
  },

  onUploaded() {
    // The revision moved with the upload; a failure here is met again, and said, at the next step.
    call('getApplication', { path: { id: this.data.id } })
      .then((app) => this.setData({ revision: app.revision }))
      .catch(() => undefined);
  },

  /** Asks for subscribe-message permission (a tap is needed for that), then submits under one kept key. */
  async submit() {
    if (this.data.templateIds.length) {
      await new Promise<void>((resolve) =>
        wx.requestSubscribeMessage({ tmplIds: this.data.templateIds, complete: () => resolve() }),
      );
    }
    const key = this.data.submitKey || newKey();
    this.setData({ submitKey: key, error: '' });
    try {
      const app = await call('getApplication', { path: { id: this.data.id } });
      const res = await call('submitApplication', {
        path: { id: this.data.id },
        body: { revision: app.revision },
        idempotencyKey: key,
      });
      this.setData({ submitKey: '' });
      if (res.outcome === 'submitted') {
        wx.removeStorageSync(DRAFT_KEY + mode());
        this.setData({
          status: fmt(this.data.ui.t.apply.submitted, { caseNumber: res.application.caseNumber ?? '' }),
        });
        wx.redirectTo({ url: `/pages/case/index?id=${this.data.id}` });
      } else wx.navigateTo({ url: `/pages/notice/index?id=${this.data.id}` });
    } catch (err) {
      // Offline, the retry carries the same key, so the case is never submitted twice.
      if (!(err instanceof ApiError && err.offline)) this.setData({ submitKey: '' });
      this.fail(err);
    }
  },
});
