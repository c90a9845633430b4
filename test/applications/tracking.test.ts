import { Application, type ApplicationDoc } from '../../server/applications/application-model';
import { trackingOf } from '../../server/applications/tracking';
import { addWorkingDays } from '../../server/calendar/working-days';
import { loadPacks } from '../../server/policy/packs';

/** The timeline of a case that covers several programmes (Yichun, seed 002: 低保 20, 特困 15 working days). */

const yichun = loadPacks().get('yichun')!;
const ACCEPTED = '2026-09-24'; // the National Day holiday falls inside both limits

const accepted = (programs: string[]): ApplicationDoc =>
  new Application({
    status: 'in_progress',
    jurisdiction: 'yichun',
    programs,
    areaId: '230717001001',
    areaPath: ['230717', '230717001', '230717001001'],
    acceptedOn: ACCEPTED,
    createdBy: { kind: 'resident', id: 'r1' },
    stages: [
      { stage: 'apply', on: '2026-09-22', at: new Date(), by: { kind: 'resident', id: 'r1' } },
      { stage: 'accept', on: ACCEPTED, at: new Date(), by: { kind: 'staff', id: 's1' }, outcome: 'accepted' },
    ],
  }).toObject() as ApplicationDoc;

describe('tracking a case with several programmes', () => {
  it('shows the limit that falls first, naming its programme, whatever order the programmes are in', () => {
    const tekunDue = addWorkingDays(ACCEPTED, 15).date;
    expect(tekunDue < addWorkingDays(ACCEPTED, 20).date).toBe(true);
    for (const programs of [
      ['dibao', 'tekun'],
      ['tekun', 'dibao'],
    ]) {
      const t = trackingOf(accepted(programs), yichun, ACCEPTED, 'zh-CN');
      expect(t.decisionDue).toMatchObject({ program: 'tekun', workingDays: 15, due: tekunDue });
    }
  });

  it('counts one programme alone by its own limit', () => {
    const t = trackingOf(accepted(['dibao']), yichun, ACCEPTED, 'en');
    expect(t.decisionDue).toMatchObject({
      program: 'dibao',
      workingDays: 20,
      due: addWorkingDays(ACCEPTED, 20).date,
    });
    expect(t.current).toMatchObject({ id: 'investigation', overdue: false });
  });

  it('has no overall date where no programme of the case sets one (临时救助 in Yichun)', () => {
    const t = trackingOf(accepted(['temporary']), yichun, ACCEPTED, 'en');
    expect(t.decisionDue).toBeNull();
  });
});
