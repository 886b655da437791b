import { useEffect, useRef, useState } from 'react';
import type { ApplicationView } from './api';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceTable } from './EvidenceTable';
import { useEl } from './strings';

const STEPS = ['household', 'income', 'expenses', 'resources'] as const;
type Step = (typeof STEPS)[number];

/**
 * The guided interview: household, income, expenses and resources as steps (USWDS step indicator). Each step
 * lists what is recorded so far and adds items; nothing is lost when moving between steps (each item is saved).
 */
export function Interview({ app }: { app: ApplicationView }) {
  const { e } = useEl();
  const [step, setStep] = useState<Step>('household');
  const n = STEPS.indexOf(step);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);
  const label = (s: Step) => e(`el.step.${s}` as 'el.step.household');
  return (
    <section aria-labelledby="interview-step">
      <div className="usa-step-indicator usa-step-indicator--counters-sm" aria-label={e('el.step.label')}>
        <ol className="usa-step-indicator__segments">
          {STEPS.map((s, k) => (
            <li key={s} className={`usa-step-indicator__segment${k < n ? ' usa-step-indicator__segment--complete' : ''}${k === n ? ' usa-step-indicator__segment--current' : ''}`} aria-current={k === n ? 'step' : undefined}>
              <span className="usa-step-indicator__segment-label">
                {label(s)} {k < n && <span className="usa-sr-only">({e('el.step.completed')})</span>}
              </span>
            </li>
          ))}
        </ol>
        <div className="usa-step-indicator__header">
          <h2 className="usa-step-indicator__heading" id="interview-step" tabIndex={-1} ref={heading}>
            <span className="usa-step-indicator__heading-counter">
              <span className="usa-sr-only">{e('el.step.of', { n: n + 1, total: STEPS.length })}: </span>
              <span className="usa-step-indicator__current-step" aria-hidden="true">
                {n + 1}
              </span>{' '}
              <span className="usa-step-indicator__total-steps" aria-hidden="true">
                / {STEPS.length}
              </span>
            </span>
            <span className="usa-step-indicator__heading-text">{label(step)}</span>
          </h2>
        </div>
      </div>

      {step === 'household' && (
        <>
          <EvidenceTable app={app} kinds={['member']} />
          <EvidenceForm key="member" app={app} kind="member" title={e('el.kind.member')} />
        </>
      )}
      {step === 'income' && (
        <>
          <EvidenceTable app={app} kinds={['earned_income', 'unearned_income']} />
          <EvidenceForm key="earned" app={app} kind="earned_income" title={e('el.ev.earned')} />
          <EvidenceForm key="unearned" app={app} kind="unearned_income" title={e('el.ev.unearned')} />
        </>
      )}
      {step === 'expenses' && (
        <>
          <EvidenceTable app={app} kinds={['expense']} />
          <EvidenceForm key="expense" app={app} kind="expense" title={e('el.kind.expense')} />
        </>
      )}
      {step === 'resources' && (
        <>
          <EvidenceTable app={app} kinds={['resource']} />
          <EvidenceForm key="resource" app={app} kind="resource" title={e('el.kind.resource')} />
        </>
      )}

      <div className="usa-button-group margin-top-3">
        {n > 0 && (
          <button type="button" className="usa-button usa-button--outline" onClick={() => setStep(STEPS[n - 1]!)}>
            {e('el.step.prev', { step: label(STEPS[n - 1]!) })}
          </button>
        )}
        {n < STEPS.length - 1 && (
          <button type="button" className="usa-button" onClick={() => setStep(STEPS[n + 1]!)}>
            {e('el.step.next', { step: label(STEPS[n + 1]!) })}
          </button>
        )}
      </div>
    </section>
  );
}
