'use client';

// The error page (app/[locale]/error.tsx) is a client component and cannot load its texts itself:
// the layout hands them down through this context. Only these four texts reach the browser, and no
// i18n runtime: the rest of the site is translated on the server.
import { createContext, useContext, type ReactNode } from 'react';

export interface ErrorTexts {
  locale: string;
  title: string;
  text: string;
  retry: string;
  home: string;
}

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error('useErrorTexts() needs <ErrorTextsProvider> (app/[locale]/layout.tsx)');
  return texts;
}
