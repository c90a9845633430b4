import type { Schemas } from '../api/client';
import { wordsFor } from './enum-words';
import { NUMBER_PATTERN, numbersIn, parseNumber } from './numbers';

/**
 * Household facts as people say them in chat — "4口人", "我70，老伴68", "老伴二级肢体残疾", "一个月两千五",
 * "看病一年3万，有单据" — turned into the screening's fields. Only wording lives here: what the facts mean is
 * the server's to decide.
 */

type Member = Schemas['HouseholdMember'];
export type Relation = Member['relation'];
export type DisabilityKind = NonNullable<Member['disability']>['kind'];
export type ExpenseKind = Member['rigidExpenses'][number]['kind'];
export type Area = Schemas['Household']['residenceArea'];

export interface SaidMember {
  relation: Relation;
  age: number;
  disability?: { grade: number; kind: DisabilityKind };
}

export interface SaidEarner {
  /** Position in the members (0 = the applicant). */
  member: number;
  monthlyYuan: number;
}

export interface SaidExpense {
  member: number;
  kind: ExpenseKind;
  annualFen: number;
  receipted: boolean;
}

/** 'other' has no words of its own: it is any relation not recognised. */
const RELATIONS = wordsFor<Exclude<Relation, 'other'>>()([
  [/老伴|爱人|丈夫|老公|妻子|媳妇|老婆|对象/, 'spouse'],
  [/孙子|孙女|外孙|外孙女/, 'grandchild'],
  [/爷爷|奶奶|姥姥|姥爷|外公|外婆/, 'grandparent'],
  [/儿子|女儿|闺女|孩子|娃|小孩|儿|女/, 'child'],
  [/父亲|母亲|爸|妈|老父|老母|公公|婆婆|岳父|岳母/, 'parent'],
  [/哥|姐|弟|妹|兄|姊/, 'sibling'],
  // Last: "我老伴" is the spouse, "我70" the applicant.
  [/我自己|本人|自己|^我|俺/, 'self'],
]);

const DISABILITY_KINDS = wordsFor<DisabilityKind>()([
  [/多重/, 'multiple'],
  [/肢体|腿|胳膊|手|脚|瘫|残肢/, 'physical'],
  [/视力|眼|盲|看不见/, 'visual'],
  [/听力|耳|聋|听不见/, 'hearing'],
  [/言语|语言|哑|说不了话/, 'speech'],
  [/智力|智障|脑瘫/, 'intellectual'],
  [/精神/, 'mental'],
]);

const EXPENSE_KINDS = wordsFor<ExpenseKind>()([
  [/看病|治病|住院|药|手术|透析|化疗|大病/, 'serious_illness'],
  [/康复/, 'disability_rehabilitation'],
  [/上学|学费|读书|念书|大学|高中/, 'education'],
]);

const NONE = /^(没有|没|无|都没有|都没|不是|没得|木有|没啥|没有的|no|none)[。.!！]*$/i;

export function saysNone(text: string): boolean {
  return NONE.test(text.trim());
}

export function saysYes(text: string): boolean {
  return /^(对|是|是的|没错|对的|确认|好|好的|嗯|行|可以|没问题|yes|ok)[。.!！]*$/i.test(text.trim());
}

export function areaIn(text: string): Area | undefined {
  if (/农村|乡下|村里|村上|屯里|嘎查|种地/.test(text)) return 'rural';
  if (/城市|城里|城镇|县城|市区|城区|社区|小区/.test(text)) return 'urban';
  return undefined;
}

/** "4口人", "家里三个人", "就我一个人". */
export function sizeIn(text: string): number | undefined {
  if (/就我一个|我一个人|一个人过|自己一个人|独居|光棍/.test(text)) return 1;
  const m = new RegExp(`(${NUMBER_PATTERN})\\s*(口人|口|个人|人)`).exec(text);
  return m ? parseNumber(m[1]!) : undefined;
}

function relationOf(piece: string): Relation | undefined {
  return RELATIONS.find(([re]) => re.test(piece))?.[1];
}

/**
 * Members and ages: "我70，老伴68，儿子40" or "70 68 40" (the first is the applicant). Undefined when no age is
 * said; ages are checked by the caller.
 */
export function membersIn(text: string): SaidMember[] | undefined {
  const pieces = text
    .split(/[，,、;；。\s]+|和|还有/)
    .map((p) => p.trim())
    .filter(Boolean);
  const members: SaidMember[] = [];
  for (const piece of pieces) {
    const [age] = numbersIn(piece.replace(/岁|周岁/g, ''));
    if (age === undefined) continue;
    let relation = relationOf(piece) ?? (members.length === 0 ? 'self' : 'other');
    if (relation === 'self' && members.some((m) => m.relation === 'self')) relation = 'other';
    members.push({ relation, age });
  }
  if (members.length === 0) return undefined;
  if (!members.some((m) => m.relation === 'self')) members[0]!.relation = 'self';
  return members;
}

const GRADE = new RegExp(`(${NUMBER_PATTERN})\\s*级`);

/** "老伴二级肢体", "我自己一级视力残疾": whose, which grade, which kind (missing parts stay undefined). */
export function disabilitiesIn(
  text: string,
): { relation: Relation | undefined; grade: number | undefined; kind: DisabilityKind | undefined }[] {
  return text
    .split(/[，,、;；。]+|还有/)
    .map((p) => p.trim())
    .filter((p) => GRADE.test(p) || DISABILITY_KINDS.some(([re]) => re.test(p)))
    .map((p) => {
      const g = GRADE.exec(p);
      return {
        relation: relationOf(p.replace(GRADE, '')),
        grade: g ? parseNumber(g[1]!) : undefined,
        kind: DISABILITY_KINDS.find(([re]) => re.test(p))?.[1],
      };
    });
}

/** An amount of money in yuan: "2500", "两千五", "1.2万", "2500块". */
export function yuanIn(text: string): number | undefined {
  if (/没有收入|没收入|没有钱|一分没有|零收入/.test(text)) return 0;
  // "一个月" and "一年" name the period, not the amount.
  const amount = text.replace(/[,，](?=\d{3})/g, '').replace(/[一每]\s*个?\s*(月|年)|一共|一家/g, ' ');
  // The largest amount said: "打零工每月三百" is 300, not the 零 of 零工.
  let best: number | undefined;
  for (const m of amount.matchAll(new RegExp(`(${NUMBER_PATTERN})\\s*(万)?`, 'g'))) {
    const value = parseNumber(m[1]!);
    if (value === undefined || Number.isNaN(value)) continue;
    const yuan = m[2] ? value * 10000 : value;
    if (best === undefined || yuan > best) best = yuan;
  }
  return best;
}

/** A monthly or yearly amount said with its period; yearly unless "每月/一个月" is said. */
function annualYuan(text: string): number | undefined {
  const yuan = yuanIn(text);
  if (yuan === undefined) return undefined;
  return /每月|每个月|一个月|月/.test(text) && !/年/.test(text) ? yuan * 12 : yuan;
}

export function expensesIn(text: string, members: SaidMember[]): SaidExpense[] | undefined {
  if (saysNone(text)) return [];
  const out: SaidExpense[] = [];
  for (const piece of text.split(/[；;。]|还有/)) {
    const kind = EXPENSE_KINDS.find(([re]) => re.test(piece))?.[1];
    const yuan = annualYuan(piece);
    if (!kind || yuan === undefined) continue;
    const relation = relationOf(piece.replace(/上学|学费|读书|大学/g, ''));
    const index = relation ? members.findIndex((m) => m.relation === relation) : -1;
    out.push({
      member: index >= 0 ? index : 0,
      kind,
      annualFen: Math.round(yuan * 100),
      receipted: /有(发票|单据|票|收据|凭证)|(发票|单据|收据)都有/.test(text),
    });
  }
  return out.length > 0 ? out : undefined;
}

/** "儿子打工3000，我1500" or "没有": members in work and their monthly wages. */
export function earnersIn(text: string, members: SaidMember[]): SaidEarner[] | undefined {
  if (saysNone(text) || /没人(上班|打工|工作)/.test(text)) return [];
  const out: SaidEarner[] = [];
  for (const piece of text.split(/[，,、;；。]+|还有/)) {
    const yuan = yuanIn(piece);
    if (yuan === undefined) continue;
    const relation = relationOf(piece) ?? 'self';
    const index = members.findIndex((m, i) => m.relation === relation && !out.some((e) => e.member === i));
    if (index < 0) return undefined;
    out.push({ member: index, monthlyYuan: yuan });
  }
  return out.length > 0 ? out : undefined;
}
