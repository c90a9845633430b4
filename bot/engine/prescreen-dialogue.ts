import { errorMessage, type Schemas } from '../api/client';
import type { Dialogue, Turn } from './engine';
import { Places } from './places';
import {
  type Area,
  type SaidEarner,
  type SaidExpense,
  type SaidMember,
  areaIn,
  disabilitiesIn,
  earnersIn,
  expensesIn,
  membersIn,
  saysNone,
  saysYes,
  sizeIn,
  yuanIn,
} from './household-words';

/**
 * The guided pre-screen: place, urban or rural, household size, each member's age, disabilities, the household's
 * monthly income and large self-paid costs, then a summary to confirm. Facts are filled in whatever order they
 * come and may be corrected at any step ("不对，是4口人"). The verdict is the server's (`POST
 * /api/v1/screenings`), shown as it answers; a hand-off code carries the household to the mini-program.
 */

interface Facts {
  area?: Area;
  size?: number;
  members?: SaidMember[];
  /** Disabilities asked and answered (none, or given in members). */
  disabilityDone?: boolean;
  incomeYuan?: number;
  /** Members in work and their monthly wages (part of the income): each is allowed the work-cost deduction. */
  earners?: SaidEarner[];
  expenses?: SaidExpense[];
}

type Step = 'area' | 'size' | 'members' | 'disability' | 'income' | 'earners' | 'expenses' | 'confirm';

const MAX_SIZE = 20;
const MAX_MONTHLY_YUAN = 1_000_000;

function factsOf(turn: Turn): Facts {
  return (turn.state.dialogue?.data ?? {}) as Facts;
}

function nextStep(f: Facts): Step {
  if (!f.area) return 'area';
  if (!f.size) return 'size';
  if (!f.members || f.members.length !== f.size) return 'members';
  if (!f.disabilityDone) return 'disability';
  if (f.incomeYuan === undefined) return 'income';
  if (!f.earners && f.incomeYuan > 0) return 'earners';
  if (!f.expenses) return 'expenses';
  return 'confirm';
}

/**
 * The household as `POST /api/v1/screenings` takes it. Fields with a server default are left out: the generated
 * types mark them required because one component serves both request and response.
 */
export function householdOf(f: Facts): Schemas['Household'] {
  const members = (f.members ?? []).map((m, i) => ({
    relation: m.relation,
    age: m.age,
    ...(m.disability ? { disability: m.disability } : {}),
    rigidExpenses: (f.expenses ?? [])
      .filter((e) => e.member === i)
      .map((e) => ({ kind: e.kind, annualFen: e.annualFen, receipted: e.receipted })),
  }));
  return {
    members,
    residenceArea: f.area ?? 'rural',
    householdIncome: {
      monthlyFen: Math.round((f.incomeYuan ?? 0) * 100),
      earners: (f.earners ?? []).map((e) => ({
        member: e.member + 1,
        monthlyWagesFen: Math.round(e.monthlyYuan * 100),
      })),
    },
  } as unknown as Schemas['Household'];
}

/** Facts that can be said (or corrected) at any step: area, size, income. Returns what changed. */
function corrections(f: Facts, text: string, step: Step): string[] {
  const changed: string[] = [];
  const area = areaIn(text);
  if (area && step !== 'area' && area !== f.area) {
    f.area = area;
    changed.push('area');
  }
  const size = sizeIn(text);
  if (size !== undefined && step !== 'size' && size !== f.size && size >= 1 && size <= MAX_SIZE) {
    f.size = size;
    changed.push('size');
  }
  if (step !== 'income' && /收入|挣|赚|工资|养老金/.test(text)) {
    const yuan = yuanIn(text.replace(/.*?(收入|挣|赚|工资|养老金)/, ''));
    if (yuan !== undefined && yuan !== f.incomeYuan && yuan <= MAX_MONTHLY_YUAN) {
      f.incomeYuan = yuan;
      f.earners = undefined;
      changed.push('income');
    }
  }
  return changed;
}

function membersText(turn: Turn, members: SaidMember[]): string {
  const { say } = turn;
  return members
    .map((m) =>
      say('prescreen.member', {
        who: say(`prescreen.relation.${m.relation}`),
        age: m.age,
        disability: m.disability
          ? say('prescreen.memberDisability', {
              grade: m.disability.grade,
              kind: say(`prescreen.disabilityKind.${m.disability.kind}`),
            })
          : '',
      }),
    )
    .join(say('qa.listSeparator'));
}

function summary(turn: Turn, f: Facts): string {
  const { say } = turn;
  const expenses = (f.expenses ?? []).length
    ? (f.expenses ?? [])
        .map((e) =>
          say('prescreen.expense', {
            kind: say(`prescreen.expenseKind.${e.kind}`),
            yuan: e.annualFen / 100,
            receipted: say(e.receipted ? 'prescreen.receipted' : 'prescreen.notReceipted'),
          }),
        )
        .join(say('qa.listSeparator'))
    : say('prescreen.noExpenses');
  const earners = (f.earners ?? []).length
    ? (f.earners ?? [])
        .map((e) =>
          say('prescreen.earner', {
            who: say(`prescreen.relation.${f.members?.[e.member]?.relation ?? 'other'}`),
            yuan: e.monthlyYuan,
          }),
        )
        .join(say('qa.listSeparator'))
    : say('prescreen.noEarners');
  return say('prescreen.summary', {
    area: say(`prescreen.area.${f.area}`),
    size: f.size,
    members: membersText(turn, f.members ?? []),
    income: f.incomeYuan,
    earners,
    expenses,
  });
}

function ask(turn: Turn, step: Step, f: Facts): string {
  if (step === 'confirm') return summary(turn, f);
  return turn.say(`prescreen.ask.${step}`, { size: f.size });
}

/** Takes the answer to the current step; a reply asking again when it cannot be read. */
function take(turn: Turn, step: Step, f: Facts, text: string): string | undefined {
  const { say } = turn;
  switch (step) {
    case 'area': {
      const area = areaIn(text);
      if (!area) return say('prescreen.retry.area');
      f.area = area;
      return undefined;
    }
    case 'size': {
      const size = sizeIn(text) ?? sizeIn(`${text}口人`);
      if (size === undefined) return say('prescreen.retry.size');
      if (size < 1 || size > MAX_SIZE) return say('prescreen.invalid.size', { max: MAX_SIZE });
      f.size = size;
      return undefined;
    }
    case 'members': {
      const members = membersIn(text);
      if (!members) return say('prescreen.retry.members', { size: f.size });
      if (members.some((m) => m.age < 0 || m.age > 120)) return say('prescreen.invalid.age');
      if (members.length !== f.size)
        return say('prescreen.invalid.count', { said: members.length, size: f.size });
      f.members = members;
      return undefined;
    }
    case 'disability': {
      if (saysNone(text)) {
        f.disabilityDone = true;
        return undefined;
      }
      const said = disabilitiesIn(text);
      if (said.length === 0) return say('prescreen.retry.disability');
      for (const d of said) {
        if (d.grade === undefined || d.grade < 1 || d.grade > 4) return say('prescreen.invalid.grade');
        if (!d.kind) return say('prescreen.retry.disabilityKind');
        const member = f.members?.find((m) => m.relation === (d.relation ?? 'self')) ?? f.members?.[0];
        if (member) member.disability = { grade: d.grade, kind: d.kind };
      }
      f.disabilityDone = true;
      return undefined;
    }
    case 'income': {
      const yuan = yuanIn(text);
      if (yuan === undefined) return say('prescreen.retry.income');
      if (yuan > MAX_MONTHLY_YUAN) return say('prescreen.invalid.income');
      f.incomeYuan = yuan;
      return undefined;
    }
    case 'earners': {
      const earners = earnersIn(text, f.members ?? []);
      if (!earners) return say('prescreen.retry.earners');
      if (earners.reduce((sum, e) => sum + e.monthlyYuan, 0) > (f.incomeYuan ?? 0))
        return say('prescreen.invalid.earners', { income: f.incomeYuan });
      f.earners = earners;
      return undefined;
    }
    case 'expenses': {
      const expenses = expensesIn(text, f.members ?? []);
      if (!expenses) return say('prescreen.retry.expenses');
      f.expenses = expenses;
      return undefined;
    }
    case 'confirm':
      return undefined;
  }
}

async function result(turn: Turn, f: Facts): Promise<string[]> {
  const { api, say, lng, state } = turn;
  const request = { jurisdiction: state.place!, household: householdOf(f) };
  const { data, error } = await api.POST('/api/v1/screenings', {
    body: request,
    headers: { 'Accept-Language': lng },
  });
  if (!data) {
    // The household as said does not pass the server's checks: say why and let the user correct it.
    return [errorMessage(error) ?? say('errors.unavailable'), summary(turn, f)];
  }
  state.dialogue = undefined;
  const replies = [screeningText(turn, data)];
  const handoff = await api.POST('/api/v1/handoffs', { body: { screening: request } });
  if (handoff.data)
    replies.push(
      say('prescreen.handoff', {
        code: handoff.data.code,
        minutes: Math.round(handoff.data.expiresInSeconds / 60),
      }),
    );
  return replies;
}

/** The server's answer as chat text: each programme's verdict, amount and reasons, materials, next step. */
export function screeningText(turn: Turn, answer: Schemas['ScreeningAnswer']): string {
  const { say } = turn;
  const lines = [say('prescreen.resultTitle', { place: answer.jurisdiction.name })];
  for (const p of answer.programs) {
    lines.push(say('prescreen.program', { name: p.name, verdict: p.verdictText, amount: p.amountText }));
    for (const reason of p.reasons) lines.push(`  - ${reason}`);
  }
  for (const notice of answer.notices) lines.push(`* ${notice}`);
  const required = answer.materials.required.filter((m) => m.certainty === 'required').map((m) => m.name);
  const askStaff = answer.materials.required.filter((m) => m.certainty === 'ask_staff').map((m) => m.name);
  const sep = say('qa.listSeparator');
  if (required.length) lines.push(say('prescreen.materials', { names: required.join(sep) }));
  if (askStaff.length) lines.push(say('prescreen.materialsAskStaff', { names: askStaff.join(sep) }));
  if (answer.materials.lookedUpByGovernment.length)
    lines.push(
      say('qa.lookedUp', { names: answer.materials.lookedUpByGovernment.map((m) => m.name).join(sep) }),
    );
  if (answer.materials.note) lines.push(answer.materials.note);
  lines.push(answer.nextStep.text);
  for (const d of answer.nextStep.decisions) lines.push(d.text);
  lines.push(say('prescreen.notADecision'));
  return lines.join('\n');
}

async function advance(turn: Turn, f: Facts, prefix: string[]): Promise<string[]> {
  const step = nextStep(f);
  turn.state.dialogue!.step = step;
  turn.state.dialogue!.data = f as Record<string, unknown>;
  return [...prefix, ask(turn, step, f)];
}

export const prescreenDialogue: Dialogue = {
  name: 'prescreen',

  async start(turn) {
    const f: Facts = {};
    turn.state.dialogue = { name: 'prescreen', step: 'area', data: {}, at: Date.now() };
    if (!turn.state.place) {
      turn.state.dialogue.step = 'place';
      return [
        turn.say('prescreen.intro'),
        turn.say('prescreen.ask.place', { places: await placeNames(turn) }),
      ];
    }
    return advance(turn, f, [turn.say('prescreen.intro')]);
  },

  async next(turn, text) {
    const { say, state } = turn;
    const f = factsOf(turn);
    const step = (state.dialogue?.step ?? 'area') as Step | 'place';
    if (step === 'place') {
      const place = await turn.places.find(text);
      if (!place) return [say('prescreen.ask.place', { places: await placeNames(turn) })];
      state.place = place.id;
      return advance(turn, f, [say('place.set', { place: Places.nameIn(place, turn.lng) })]);
    }
    const changed = corrections(f, text, step);
    if (changed.includes('size') && f.members && f.members.length !== f.size) {
      f.members = undefined;
      f.earners = undefined;
      f.expenses = undefined;
    }
    if (step === 'confirm') {
      if (saysYes(text)) return result(turn, f);
      if (changed.length === 0) {
        const members = membersIn(text);
        if (members && members.length === f.size) f.members = members;
        else return [say('prescreen.retry.confirm'), summary(turn, f)];
      }
      return advance(turn, f, [say('prescreen.corrected')]);
    }
    const retry = take(turn, step, f, text);
    // A correction of an earlier answer is not an answer to this step: ask this step again.
    if (retry && changed.length > 0) return advance(turn, f, [say('prescreen.corrected')]);
    if (retry) return [retry];
    return advance(turn, f, changed.length ? [say('prescreen.corrected')] : []);
  },
};

async function placeNames(turn: Turn): Promise<string> {
  return (await turn.places.all()).map((j) => j.name).join('、');
}
