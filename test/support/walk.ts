import { addCalendarDays } from '../../server/calendar/working-days';
import type { TestApp } from './harness';

interface Expected {
  stage: string;
  event: 'done' | 'objection';
  form: string;
  emergency: boolean;
  notBefore: string | null;
  investigatorsMin: number | null;
  amountsFor: string[];
}

export interface WalkOptions {
  /** Staff token of the case's township. */
  token: string;
  /** The day of the first record; each next record a day later (or the day a publication allows). */
  from: string;
  /** Stop before recording this stage (the case then waits on it). */
  stopBefore?: string;
  /** The approval: refused with reasons, or approved with these amounts (fen) — by default 50,000 each. */
  refuse?: string;
  amountsFen?: Record<string, number>;
}

/**
 * Records the stages a case expects, in the pack's order, through POST …/stages, filling each form as its rule asks
 * (two named investigators, a passing vote, amounts). Returns the day of the last record.
 */
export async function walkCase(app: TestApp, id: string, opts: WalkOptions): Promise<string> {
  const auth = { Authorization: `Bearer ${opts.token}` };
  let on = opts.from;
  for (let i = 0; i < 30; i++) {
    const timeline = (await app.http.get(`/api/v1/applications/${id}/timeline`).set(auth).expect(200)).body;
    const next = (timeline.expected as Expected[]).find((e) => e.event === 'done' && !e.emergency);
    if (!next || next.stage === opts.stopBefore) return on;
    if (next.notBefore && next.notBefore > on) on = next.notBefore;
    const body: Record<string, unknown> = { stage: next.stage, on };
    if (next.form === 'acceptance') body.outcome = 'accepted';
    if (next.form === 'approval') {
      if (opts.refuse) Object.assign(body, { outcome: 'refused', reasons: opts.refuse });
      else
        Object.assign(body, {
          outcome: 'approved',
          amountsFen: Object.fromEntries(next.amountsFor.map((p) => [p, opts.amountsFen?.[p] ?? 50000])),
        });
    }
    if (next.form === 'home_visit')
      body.investigators = Array.from({ length: next.investigatorsMin ?? 2 }, (_, k) => ({
        name: `调查员${k + 1}`,
      }));
    if (next.form === 'community_review')
      body.vote = { participants: 9, villagerRepresentatives: 3, committeeMembers: 3, inFavour: 9 };
    const res = await app.http.post(`/api/v1/applications/${id}/stages`).set(auth).send(body);
    if (res.status !== 200) throw new Error(`${next.stage}: ${res.status} ${JSON.stringify(res.body)}`);
    on = addCalendarDays(on, 1);
  }
  throw new Error('the case never closed');
}
