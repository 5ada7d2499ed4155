import type { Association, Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { AssociationCardView } from './AssociationCardView';

/** An association's card on a server-rendered page (home, sector pages). */
export async function AssociationCard({ association, locale }: { association: Association; locale: Locale }) {
  const [tKind, tMembership] = await Promise.all([
    getTranslations({ locale, namespace: 'AssociationKind' }),
    getTranslations({ locale, namespace: 'AllianceMembership' }),
  ]);
  return (
    <AssociationCardView
      association={association}
      locale={locale}
      labels={{ kind: tKind(association.kind), membership: tMembership(association.allianceMembership) }}
    />
  );
}
