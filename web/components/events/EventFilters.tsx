import { forumEventKindValues, type EventListQuery, type Locale, type Sector } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { SelectFilters } from '@/components/content/SelectFilters';

interface EventFiltersProps {
  locale: Locale;
  sectors: Sector[];
  query: EventListQuery;
}

/** The events' filters (kind, sector) as the shared GET form: in the address, no JavaScript needed. */
export async function EventFilters({ locale, sectors, query }: EventFiltersProps) {
  const [t, tKind] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    getTranslations({ locale, namespace: 'EventKind' }),
  ]);
  return (
    <SelectFilters
      action={`/${locale}/events`}
      label={t('filtersLabel')}
      submitLabel={t('apply')}
      resetLabel={t('reset')}
      filters={[
        {
          name: 'kind',
          label: t('kind'),
          anyLabel: t('anyKind'),
          options: forumEventKindValues.map((kind) => ({ value: kind, label: tKind(kind) })),
          selected: query.kind,
        },
        {
          name: 'sector',
          label: t('sector'),
          anyLabel: t('anySector'),
          options: sectors.map((sector) => ({ value: sector.slug, label: sector.name })),
          selected: query.sector,
        },
      ]}
    />
  );
}
