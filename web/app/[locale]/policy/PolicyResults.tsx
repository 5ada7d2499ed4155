import { policyPaperKindValues, policyPaperStateValues, type Locale, type PolicyFilters } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { listEndorsements, listPolicyPapers } from '@/lib/cms/news-policy';
import { endorsementCounts } from '@/lib/endorsements';
import { byLatestActivity } from '@/lib/policy-timeline';
import { SelectFilters } from '@/components/content/SelectFilters';
import { CardGrid, EmptyNote } from '@/components/home/HomeSection';
import { PolicyCard } from '@/components/policy/PolicyCard';
import styles from '../news/page.module.css';

export const policyPath = (locale: Locale) => `/${locale}/policy`;

interface PolicyResultsProps {
  locale: Locale;
  filters: PolicyFilters;
}

/** The filter form and the papers it selects, most recent activity first (unknown filters are ignored). */
export async function PolicyResults({ locale, filters }: PolicyResultsProps) {
  const [papers, endorsements, t, tKind, tStatus] = await Promise.all([
    listPolicyPapers(locale, filters),
    listEndorsements(locale),
    getTranslations({ locale, namespace: 'NewsPolicy.policy' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyKind' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyStatus' }),
  ]);
  const action = policyPath(locale);
  const endorsed = endorsementCounts(endorsements);

  return (
    <>
      <SelectFilters
        action={action}
        label={t('filters')}
        submitLabel={t('apply')}
        resetLabel={t('reset')}
        filters={[
          {
            name: 'kind',
            label: t('kind'),
            anyLabel: t('allKinds'),
            options: policyPaperKindValues.map((kind) => ({ value: kind, label: tKind(kind) })),
            selected: filters.kind,
          },
          {
            name: 'status',
            label: t('status'),
            anyLabel: t('allStatuses'),
            options: policyPaperStateValues.map((status) => ({ value: status, label: tStatus(status) })),
            selected: filters.status,
          },
        ]}
      />

      <section aria-labelledby="policy-results">
        <h2 id="policy-results" className={styles.count}>
          {t('count', { count: papers.length })}
        </h2>
        {papers.length > 0 ? (
          <CardGrid columns={2}>
            {byLatestActivity(papers).map((paper) => (
              <li key={paper.documentId}>
                <PolicyCard paper={paper} endorsements={endorsed.get(paper.documentId) ?? 0} locale={locale} />
              </li>
            ))}
          </CardGrid>
        ) : (
          <EmptyNote>
            {t('empty')} <a href={action}>{t('reset')}</a>
          </EmptyNote>
        )}
      </section>
    </>
  );
}
