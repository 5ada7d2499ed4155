import type { ReactNode } from 'react';
import styles from './Form.module.css';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** The control, given the ids and ARIA attributes that tie it to the label, hint and error. */
  children: (control: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string; className: string }) => ReactNode;
}

/** A labelled form control with its hint and its error, announced together by screen readers. */
export function Field({ name, label, hint, error, children }: FieldProps) {
  const id = `field-${name}`;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {children({ id, name, 'aria-invalid': Boolean(error), 'aria-describedby': described, className: styles.input })}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
