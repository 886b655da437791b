import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n';

interface Common {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Shows "(optional)" after the label; required fields are the default and are not marked. */
  optional?: boolean;
  className?: string;
}

function Wrap({ id, label, hint, error, optional, className, children }: Common & { children: ReactNode }) {
  const { t } = useT();
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
        {optional && <span className="usa-hint"> ({t('common.optional')})</span>}
      </label>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const parts = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

export type TextFieldProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

export function TextField({ id, label, hint, error, optional, className, ...input }: TextFieldProps) {
  return (
    <Wrap id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <input
        className={`usa-input${error ? ' usa-input--error' : ''}`}
        id={id}
        name={input.name ?? id}
        type={input.type ?? 'text'}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        required={optional ? undefined : input.required}
        {...input}
      />
    </Wrap>
  );
}

export type SelectFieldProps = Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
  options: Array<{ value: string; label: string }>;
  placeholder?: string;
};

export function SelectField({ id, label, hint, error, optional, className, options, placeholder, ...select }: SelectFieldProps) {
  return (
    <Wrap id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <select
        className={`usa-select${error ? ' usa-input--error' : ''}`}
        id={id}
        name={select.name ?? id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export type TextareaFieldProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

export function TextareaField({ id, label, hint, error, optional, className, ...ta }: TextareaFieldProps) {
  return (
    <Wrap id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      <textarea
        className={`usa-textarea${error ? ' usa-input--error' : ''}`}
        id={id}
        name={ta.name ?? id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...ta}
      />
    </Wrap>
  );
}
