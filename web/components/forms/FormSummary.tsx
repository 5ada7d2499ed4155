'use client';

import { useEffect, useRef } from 'react';
import type { FormResult } from '@/lib/cms/visitor';
import styles from './Form.module.css';

/**
 * What went wrong with the form, at its top. It takes the focus when it appears, so that keyboard
 * and screen-reader users start from it rather than from wherever the page was.
 */
export function FormSummary({ result }: { result: FormResult }) {
  const ref = useRef<HTMLDivElement>(null);
  const message = result.status === 'invalid' || result.status === 'failed' ? result.message : null;
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [result, message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className={styles.summary} role="alert">
      {message}
      {result.status === 'invalid' && result.fields.form && <> {result.fields.form}</>}
    </div>
  );
}
