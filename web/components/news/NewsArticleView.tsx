import type { Locale, NewsArticle } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { associationPath, sectorPath } from '@/lib/catalogue';
import { localePath } from '@/lib/alternates';
import { formatDay } from '@/lib/dates';
import { CmsImage } from '@/components/content/CmsImage';
import { RichText } from '@/components/content/RichText';
import styles from './NewsArticleView.module.css';

interface NewsArticleViewProps {
  article: NewsArticle;
  locale: Locale;
  /** True when the article has no version in the other language. */
  untranslated: boolean;
}

/** A news article in full: its date and source, cover, summary, text, author and sectors. */
export async function NewsArticleView({ article, locale, untranslated }: NewsArticleViewProps) {
  const [t, tSource] = await Promise.all([
    getTranslations({ locale, namespace: 'NewsPolicy.article' }),
    getTranslations({ locale, namespace: 'NewsPolicy.newsSource' }),
  ]);
  const sectors = article.sectors ?? [];

  return (
    <article className={styles.article}>
      <p className={styles.back}>
        <Link href={localePath(locale, '/news')}>
          {t('allNews')}
        </Link>
      </p>
      <header className={styles.header}>
        <p className={styles.meta}>
          <time dateTime={article.date}>{formatDay(article.date, locale)}</time>
          <span aria-hidden="true"> · </span>
          <span className={styles.source} data-source={article.source}>
            {tSource(article.source)}
          </span>
        </p>
        <h1 className={styles.title}>{article.title}</h1>
        {article.summary && <p className={styles.summary}>{article.summary}</p>}
      </header>

      {untranslated && (
        <p className={styles.notice} role="note">
          {t('untranslated')}
        </p>
      )}

      {article.cover && (
        <CmsImage
          media={article.cover}
          alt={article.cover.alternativeText ?? ''}
          sizes="(max-width: 48rem) 100vw, 44rem"
          className={styles.cover}
          priority
        />
      )}

      {article.body && <RichText content={article.body} className={styles.body} />}

      <footer className={styles.footer}>
        <dl className={styles.facts}>
          <div>
            <dt>{t('publishedBy')}</dt>
            <dd>
              {article.association ? (
                <Link href={associationPath(locale, article.association.slug)}>
                  {article.association.name}
                </Link>
              ) : (
                tSource('editorial')
              )}
            </dd>
          </div>
          {sectors.length > 0 && (
            <div>
              <dt>{t('sectors')}</dt>
              <dd>
                <ul className={styles.sectors}>
                  {sectors.map((sector) => (
                    <li key={sector.documentId}>
                      <Link href={sectorPath(locale, sector.slug)} className={styles.sector}>
                        {sector.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      </footer>
    </article>
  );
}
