import type { ForumEvent, Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { formatEventSchedule } from '@/lib/event-schedule';
import styles from './EventFacts.module.css';

interface EventFactsProps {
  event: ForumEvent;
  locale: Locale;
  /** Whether the event has taken place (registration no longer matters then). */
  over: boolean;
}

/** The practical facts of an event page: when, where, online, seats, registration, calendar. */
export async function EventFacts({ event, locale, over }: EventFactsProps) {
  const t = await getTranslations({ locale, namespace: 'Events' });
  const registration = over ? t('eventOver') : event.registrationOpen ? t('registrationOpen') : t('registrationClosed');
  return (
    <aside className={styles.facts} aria-label={t('facts')}>
      <dl className={styles.list}>
        <div>
          <dt>{t('when')}</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatEventSchedule(event.startsAt, event.endsAt, locale)}</time>
            <span className={styles.zone}>{t('timeZone')}</span>
          </dd>
        </div>
        {(event.venueName || event.address) && (
          <div>
            <dt>{t('venue')}</dt>
            <dd>
              {event.venueName && <span className={styles.venue}>{event.venueName}</span>}
              {event.address && <address className={styles.address}>{event.address}</address>}
            </dd>
          </div>
        )}
        {event.onlineLink && (
          <div>
            <dt>{t('online')}</dt>
            <dd>
              <a href={event.onlineLink} rel="noopener" className={styles.online}>
                {t('joinOnline')}
              </a>
            </dd>
          </div>
        )}
        {event.capacity !== null && (
          <div>
            <dt>{t('capacity')}</dt>
            <dd>{t('seats', { count: event.capacity })}</dd>
          </div>
        )}
        <div>
          <dt>{t('registration')}</dt>
          <dd data-registration={over ? 'over' : event.registrationOpen ? 'open' : 'closed'} className={styles.registration}>
            {registration}
          </dd>
        </div>
      </dl>
      <a href={`/${locale}/events/${event.slug}/event.ics`} download={`${event.slug}.ics`} type="text/calendar" className={styles.calendar}>
        {t('addToCalendar')}
      </a>
    </aside>
  );
}
