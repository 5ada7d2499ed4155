import type { ForumEvent, Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { localePath } from '@/lib/alternates';
import { formatEventStart } from '@/lib/dates';
import styles from './EventCard.module.css';

export async function EventCard({ event, locale }: { event: ForumEvent; locale: Locale }) {
  const [tKind, tEvent] = await Promise.all([
    getTranslations({ locale, namespace: 'EventKind' }),
    getTranslations({ locale, namespace: 'Event' }),
  ]);
  return (
    <article className={styles.card}>
      <p className={styles.meta}>
        <span className={styles.kind}>{tKind(event.kind)}</span>
        <time dateTime={event.startsAt} className={styles.date}>
          {formatEventStart(event.startsAt, locale)}
        </time>
      </p>
      <h3 className={styles.title}>
        <Link href={localePath(locale, `/events/${event.slug}`)} className={styles.link}>
          {event.title}
        </Link>
      </h3>
      {event.summary && <p className={styles.summary}>{event.summary}</p>}
      <div className={styles.footer}>
        {event.venueName && (
          <p className={styles.venue}>
            <span className="visually-hidden">{tEvent('venue')}: </span>
            {event.venueName}
          </p>
        )}
        {event.registrationOpen && <p className={styles.badge}>{tEvent('registrationOpen')}</p>}
      </div>
    </article>
  );
}
