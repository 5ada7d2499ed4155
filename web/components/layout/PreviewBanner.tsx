import type { Locale } from '@forum/shared';
import { draftMode } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import styles from './PreviewBanner.module.css';

/**
 * Says that the page shows unpublished content, with the way out, while an editor previews. Cached
 * like the page: prerendered (draft mode off) it is empty; in draft mode Next renders every cached
 * component again on each request, and it appears.
 */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  'use cache';
  const { isEnabled } = await draftMode();
  if (!isEnabled) return null;
  const t = await getTranslations({ locale, namespace: 'Preview' });
  return (
    <div className={styles.banner} role="status" data-preview-banner>
      <p>
        <strong>{t('title')}</strong> {t('text')}
      </p>
      <a href="/api/preview/exit" className={styles.exit}>
        {t('exit')}
      </a>
    </div>
  );
}
