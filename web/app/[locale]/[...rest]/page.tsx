import { notFound } from 'next/navigation';

// Any unknown path under /[locale] ends here, so the localized not-found page answers it with a 404.
export default function UnknownPage() {
  notFound();
}
