import { isLocale, isOpenForEndorsement, locales, type Locale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { documentAlternates, hreflangLanguages } from '@/lib/alternates';
import { findPolicyPaperBySlug, listEndorsements, listPolicyPaperSlugs } from '@/lib/cms/news-policy';
import { endorsersOf } from '@/lib/endorsements';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { PolicyPaperView } from '@/components/policy/PolicyPaperView';
import { endorseAction } from '../../account/actions';
import styles from '../../news/page.module.css';

interface PolicyPaperPageProps {
  params: Promise<{ locale: string; slug: string }>;
}

const policyPaperPath = (locale: Locale, slug: string) => `/${locale}/policy/${slug}`;

/** Every published paper in this language is prerendered; one published later renders on its first visit. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : locales[0];
  const papers = await listPolicyPaperSlugs(locale);
  return papers.map((paper) => ({ slug: paper.slug }));
}

async function loadPaper(params: PolicyPaperPageProps['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  // The endorsements in the same round: they do not depend on the paper.
  const [paper, endorsements] = await Promise.all([findPolicyPaperBySlug(locale, slug), listEndorsements(locale)]);
  if (!paper) notFound();
  const alternates = documentAlternates({ locale, slug: paper.slug, localizations: paper.localizations }, policyPaperPath);
  return { locale, paper, alternates, endorsements };
}

export async function generateMetadata({ params }: PolicyPaperPageProps): Promise<Metadata> {
  const { locale, paper, alternates } = await loadPaper(params);
  const description = paper.abstract ?? undefined;
  return {
    title: paper.title,
    description,
    alternates: { canonical: policyPaperPath(locale, paper.slug), languages: hreflangLanguages(alternates) },
    openGraph: { type: 'article', title: paper.title, description },
    twitter: { card: 'summary', title: paper.title, description },
  };
}

export default async function PolicyPaperPage({ params }: PolicyPaperPageProps) {
  const { locale, paper, alternates, endorsements } = await loadPaper(params);
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="policy" />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <PolicyPaperView
            paper={paper}
            locale={locale}
            untranslated={alternates.untranslated.length > 0}
            endorsers={endorsersOf(endorsements, paper.documentId, locale)}
            endorse={isOpenForEndorsement(paper.state) ? endorseAction.bind(null, locale, paper.documentId) : undefined}
          />
        </div>
      </main>
    </>
  );
}
