import type { TFunction } from 'i18next';
import type { Tracking } from '../applications/tracking';

/** The case's procedure as the applicant sees it (the same timeline), with what staff recorded at each stage. */
export function Timeline({ t, tracking }: { t: TFunction; tracking: Tracking }): JSX.Element {
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" safe>
        {t('console:case.timeline')}
      </h2>
      <ol>
        {tracking.stages.map((s) => (
          <li class={`stage ${s.state}`}>
            <span class="stage-name" safe>
              {s.occurrence > 1 ? t('console:case.again', { name: s.name, n: s.occurrence }) : s.name}
            </span>{' '}
            <span class="stage-state" safe>
              {t(`console:case.state.${s.state}`)}
            </span>
            {!!s.on && (
              <span class="stage-date" safe>
                {t('console:case.doneOn', { on: s.on })}
              </span>
            )}
            {s.state !== 'done' && !!s.due && (
              <span class="stage-date" safe>
                {t('console:case.dueBy', { due: s.due })}
              </span>
            )}
            {!!s.outcome && (
              <span class="stage-outcome" safe>
                {s.outcome}
              </span>
            )}
            {!!s.record?.investigators && (
              <span class="stage-detail" safe>
                {t('console:case.investigators', { names: s.record.investigators.join('、') })}
              </span>
            )}
            {!!s.record?.vote && (
              <span class="stage-detail" safe>
                {t('console:case.vote', s.record.vote)}
              </span>
            )}
            {!!s.objection && (
              <span class="stage-detail" safe>
                {t('console:case.objectionOn', { on: s.objection })}
              </span>
            )}
            {s.notes.map((n) => (
              <span class="note" safe>
                {n}
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
