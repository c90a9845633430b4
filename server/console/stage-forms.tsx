import type { TFunction } from 'i18next';
import type { Tracking } from '../applications/tracking';
import type { FormErrors } from './form-errors';
import { controlOf, Csrf, ErrorSummary, Field, fieldIds, InputField } from './form-controls';

/**
 * A form for each action the case's timeline expects now (`expected[]`, from the pack's procedure): its fields
 * follow the action's `form`, its hints the rule the stage service will apply (how many investigators, the
 * community review's quorum, the programmes an approval pays). The service checks everything; a refusal comes back
 * into the same form, beside the field it concerns.
 */

export type ExpectedAction = Tracking['expected'][number];

export interface Investigator {
  staffId: string;
  name: string;
}

interface StageFormProps {
  t: TFunction;
  caseId: string;
  action: ExpectedAction;
  /** The current stage's deadline, when this form records it. */
  due: string | null;
  today: string;
  csrf: string;
  investigators: Investigator[];
  values?: Record<string, unknown>;
  errors?: FormErrors;
}

/** The form's id: one per expected action, so a refused form replaces itself. */
export const stageFormId = (a: Pick<ExpectedAction, 'stage' | 'event' | 'emergency'>) =>
  `stage-${a.stage}-${a.event}${a.emergency ? '-emergency' : ''}`;

const text = (values: Record<string, unknown> | undefined, name: string) =>
  typeof values?.[name] === 'string' ? (values[name] as string) : undefined;

function Outcomes({
  t,
  name,
  options,
  values,
  errors,
}: {
  t: TFunction;
  name: string;
  options: string[];
  values?: Record<string, unknown>;
  errors?: FormErrors;
}) {
  const error = errors?.fields[name];
  return (
    <fieldset class={error ? 'field invalid' : 'field'}>
      <legend safe>{t('console:stage.outcome')}</legend>
      {options.map((o, i) => (
        <label class="choice">
          <input
            type="radio"
            name={name}
            value={o}
            required
            checked={text(values, name) ? text(values, name) === o : i === 0}
          />{' '}
          <span safe>{t(`applications:outcomes.${o}`)}</span>
        </label>
      ))}
      {!!error && (
        <p class="field-error" safe>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function Reasons({
  t,
  scope,
  values,
  errors,
  hint,
}: {
  t: TFunction;
  scope: string;
  values?: Record<string, unknown>;
  errors?: FormErrors;
  hint: string;
}) {
  return (
    <Field scope={scope} name="reasons" label={t('console:stage.reasons')} hint={hint} errors={errors}>
      <textarea {...controlOf('reasons', scope, errors, true)} maxlength="2000" safe>
        {text(values, 'reasons') ?? ''}
      </textarea>
    </Field>
  );
}

function FormBody(props: StageFormProps): JSX.Element {
  const { t, action, values, errors } = props;
  const scope = stageFormId(action);
  switch (action.form) {
    case 'acceptance':
      return (
        <>
          <Outcomes
            t={t}
            name="outcome"
            options={['accepted', 'not_accepted']}
            values={values}
            errors={errors}
          />
          <Reasons
            t={t}
            scope={scope}
            values={values}
            errors={errors}
            hint={t('console:stage.reasonsNotAccepted')}
          />
        </>
      );
    case 'approval':
      return (
        <>
          {action.emergency ? (
            <>
              <input type="hidden" name="emergency" value="true" />
              <input type="hidden" name="outcome" value="approved" />
              <p class="notice" safe>
                {t('console:stage.emergencyHint')}
              </p>
            </>
          ) : (
            <Outcomes
              t={t}
              name="outcome"
              options={['approved', 'refused']}
              values={values}
              errors={errors}
            />
          )}
          {action.amountsFor.length > 0 && (
            <fieldset class={errors?.fields.amountsFen ? 'field invalid' : 'field'}>
              <legend safe>{t('console:stage.amounts')}</legend>
              <div class="inline-fields">
                {action.amountsFor.map((p) => (
                  <InputField
                    scope={scope}
                    name={`amountsFen.${p}`}
                    label={t('console:stage.amountOf', { program: t(`policy:program.${p}`) })}
                    errors={errors}
                    inputmode="decimal"
                    value={text(values, `amountsFen.${p}`)}
                  />
                ))}
              </div>
              {!!errors?.fields.amountsFen && (
                <p class="field-error" safe>
                  {errors.fields.amountsFen}
                </p>
              )}
            </fieldset>
          )}
          {!action.emergency && (
            <Reasons
              t={t}
              scope={scope}
              values={values}
              errors={errors}
              hint={t('console:stage.reasonsRefused')}
            />
          )}
        </>
      );
    case 'home_visit': {
      const chosen = new Set([values?.investigatorStaff ?? []].flat().map(String));
      return (
        <>
          <input type="hidden" name="stageForm" value="home_visit" />
          <fieldset class={errors?.fields.investigators ? 'field invalid' : 'field'}>
            <legend safe>{t('console:stage.investigators')}</legend>
            <p class="hint" safe>
              {t('console:stage.investigatorsHint', { min: action.investigatorsMin ?? 1 })}
            </p>
            {props.investigators.map((i) => (
              <label class="choice">
                <input
                  type="checkbox"
                  name="investigatorStaff"
                  value={i.staffId}
                  checked={chosen.has(i.staffId)}
                />{' '}
                <span safe>{i.name}</span>
              </label>
            ))}
            <label for={fieldIds('investigatorNames', scope).control} safe>
              {t('console:stage.investigatorNames')}
            </label>
            <textarea {...controlOf('investigatorNames', scope, errors)} safe>
              {text(values, 'investigatorNames') ?? ''}
            </textarea>
            {!!errors?.fields.investigators && (
              <p class="field-error" safe>
                {errors.fields.investigators}
              </p>
            )}
          </fieldset>
        </>
      );
    }
    case 'community_review': {
      const rule = action.vote;
      return (
        <fieldset class={errors?.fields.vote ? 'field invalid' : 'field'}>
          <legend safe>{t('console:stage.vote')}</legend>
          {!!rule && (
            <p class="hint" safe>
              {t('console:stage.voteHint', {
                min: rule.minParticipants,
                odd: rule.odd ? t('console:stage.odd') : '',
                reps: rule.villagerRepresentativesAtLeast ?? '—',
                committee: rule.committeeMembersAtMost ?? '—',
                passes: rule.passesAtLeast,
              })}
            </p>
          )}
          <div class="inline-fields">
            {(['participants', 'villagerRepresentatives', 'committeeMembers', 'inFavour'] as const).map(
              (k) => (
                <InputField
                  scope={scope}
                  name={`vote.${k}`}
                  label={t(`console:stage.voteFields.${k}`)}
                  errors={errors}
                  type="number"
                  min="0"
                  inputmode="numeric"
                  value={text(values, `vote.${k}`)}
                />
              ),
            )}
          </div>
          {!!errors?.fields.vote && (
            <p class="field-error" safe>
              {errors.fields.vote}
            </p>
          )}
        </fieldset>
      );
    }
    default:
      return '';
  }
}

/** One expected action as a form: date, what the stage needs, a note; posted to the stage service. */
export function StageForm(props: StageFormProps): JSX.Element {
  const { t, action, caseId, values, errors } = props;
  const scope = stageFormId(action);
  const objection = action.event === 'objection';
  const url = `/console/cases/${caseId}/stages`;
  const title = action.emergency ? t('console:stage.emergencyTitle', { name: action.name }) : action.name;
  return (
    <form id={scope} class="stage-form" method="post" action={url} hx-post={url} hx-swap="outerHTML">
      <h3 safe>{title}</h3>
      {!!props.due && (
        <p class="hint" safe>
          {t('console:case.dueBy', { due: props.due })}
        </p>
      )}
      {!!action.notBefore && (
        <p class="hint" safe>
          {t('console:stage.notBefore', { date: action.notBefore })}
        </p>
      )}
      {!!action.within && (
        <p class="hint" safe>
          {t('console:stage.within', { from: action.within.from, to: action.within.to ?? '—' })}
        </p>
      )}
      <Csrf token={props.csrf} />
      <input type="hidden" name="stage" value={action.stage} />
      {objection && <input type="hidden" name="event" value="objection" />}
      <ErrorSummary errors={errors} />
      <FormBody {...props} />
      <InputField
        scope={scope}
        name="on"
        label={t(objection ? 'console:stage.raisedOn' : 'console:stage.on')}
        errors={errors}
        type="date"
        max={props.today}
        value={text(values, 'on') ?? props.today}
      />
      <Field
        scope={scope}
        name="note"
        label={t('console:stage.note')}
        hint={objection ? t('console:stage.objectionNote') : undefined}
        errors={errors}
      >
        <textarea {...controlOf('note', scope, errors, objection)} maxlength="500" safe>
          {text(values, 'note') ?? ''}
        </textarea>
      </Field>
      <button type="submit" safe>
        {t('console:stage.record', { name: action.name })}
      </button>
    </form>
  );
}
