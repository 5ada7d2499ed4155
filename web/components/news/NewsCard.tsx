import type { Locale, NewsArticle } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { newsArticlePath } from '@/lib/news-feed';
import { formatDay } from '@/lib/dates';
import { CmsImage } from '@/components/content/CmsImage';
import styles from './NewsCard.module.css';

export async function NewsCard({ article, locale }: { article: NewsArticle; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'News' });
  return (
    <article className={styles.card}>
      {article.cover && (
        <CmsImage media={article.cover} alt="" sizes="(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 22rem" className={styles.cover} />
      )}
      <div className={styles.body}>
        <time dateTime={article.date} className={styles.date}>
          {formatDay(article.date, locale)}
        </time>
        <h3 className={styles.title}>
          <Link href={newsArticlePath(locale, article.slug)} className={styles.link}>
            {article.title}
          </Link>
        </h3>
        {article.summary && <p className={styles.summary}>{article.summary}</p>}
        {article.source === 'association' && article.association && (
          <p className={styles.source}>{t('fromAssociation', { name: article.association.name })}</p>
        )}
      </div>
    </article>
  );
}
