import { translator } from '../i18n';
import { outboxMessage, type OutboxMessage } from '../outbox/outbox';
import type { ApplicationDoc } from './application-model';

/**
 * The messages a change of a case sends: a WeChat subscribe message to the applicant who follows it, and the
 * WeCom message that forwards a submitted case to its township. Texts are Chinese, as WeChat shows them; they
 * carry the case number and stage, never names or ID numbers.
 */

const zh = translator('zh-CN');

/** The case-progress template's fields (see README): what, status (≤ 5 characters), date, note. */
export function applicantUpdate(
  app: Pick<ApplicationDoc, '_id' | 'ownerResidentId' | 'caseNumber' | 'programs'> & {
    chatBindings?: ApplicationDoc['chatBindings'];
  },
  event: 'notice' | 'submitted' | 'stage' | 'decision',
  on: string,
  note: string,
): OutboxMessage[] {
  return [...subscribeUpdate(app, event, on, note), ...chatUpdate(app, event, on, note)];
}

/** The same update for the chats bound to the case, when there are any (see server/chat). */
function chatUpdate(
  app: Parameters<typeof applicantUpdate>[0],
  event: Parameters<typeof applicantUpdate>[1],
  on: string,
  note: string,
): OutboxMessage[] {
  if (!app.caseNumber || !app.chatBindings?.length) return [];
  const text = zh('applications:chatPush', {
    caseNumber: app.caseNumber,
    event: zh(`applications:events.${event}`),
    on,
    note,
  });
  return [
    outboxMessage('chat', { applicationId: String(app._id), caseNumber: app.caseNumber, event, on, text }),
  ];
}

function subscribeUpdate(
  app: Parameters<typeof applicantUpdate>[0],
  event: Parameters<typeof applicantUpdate>[1],
  on: string,
  note: string,
): OutboxMessage[] {
  if (!app.ownerResidentId) return [];
  const programs = app.programs.map((p) => zh(`policy:program.${p}`)).join('、');
  return [
    outboxMessage('subscribe', {
      residentId: app.ownerResidentId,
      page: `pages/case/index?id=${String(app._id)}`,
      data: {
        thing1: app.caseNumber ? `${programs} ${app.caseNumber}` : programs,
        phrase2: zh(`applications:events.${event}`),
        time3: on,
        thing4: note,
      },
    }),
  ];
}

/** Where the case opens in the staff console (CONSOLE_BASE_URL), for the WeCom message to link straight to it. */
export const consoleCaseLink = (consoleBaseUrl: string, app: Pick<ApplicationDoc, '_id'>) =>
  `${consoleBaseUrl.replace(/\/+$/, '')}/console/cases/${String(app._id)}`;

export function forwardToTownship(
  app: ApplicationDoc,
  townshipId: string,
  on: string,
  consoleBaseUrl: string,
): OutboxMessage {
  return outboxMessage('forward', {
    areaId: townshipId,
    markdown: zh('applications:forward.markdown', {
      caseNumber: app.caseNumber,
      areaId: app.areaId,
      programs: app.programs.map((p) => zh(`policy:program.${p}`)).join('、'),
      people: app.members.length,
      on,
      onBehalf: app.onBehalf
        ? zh(`applications:onBehalf.${app.onBehalf.basis}`)
        : zh('applications:forward.self'),
      place: zh(`applications:placeBasis.${app.placeBasis}`),
      link: consoleCaseLink(consoleBaseUrl, app),
    }),
  });
}
