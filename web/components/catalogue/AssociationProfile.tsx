import type { Association, Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { newsArticlePath } from '@/lib/news-feed';
import { localePath } from '@/lib/alternates';
import { displayUrl, openStreetMapUrl, sectorPath, telHref, textLines } from '@/lib/catalogue';
import { formatDay } from '@/lib/dates';
import type { EndorsedPaper } from '@/lib/endorsements';
import { CmsImage } from '@/components/content/CmsImage';
import { RichText } from '@/components/content/RichText';
import { SectorIcon } from '@/components/sectors/SectorIcon';
import { LinkSection } from '@/components/content/LinkSection';
import styles from './AssociationProfile.module.css';

interface AssociationProfileProps {
  association: Association;
  /** The policy papers it endorses, by title. */
  endorsedPapers: EndorsedPaper[];
  locale: Locale;
  /** The profile has no version in the other language. */
  untranslated: boolean;
}

/** Everything public about an association: who it is, how to reach it, what it needs and what it did on the Forum. */
export async function AssociationProfile({ association, endorsedPapers, locale, untranslated }: AssociationProfileProps) {
  const [t, tKind, tMembership, tEventKind, tPolicy] = await Promise.all([
    getTranslations({ locale, namespace: 'Catalogue' }),
    getTranslations({ locale, namespace: 'AssociationKind' }),
    getTranslations({ locale, namespace: 'AllianceMembership' }),
    getTranslations({ locale, namespace: 'EventKind' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyKind' }),
  ]);
  const numbers = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB');
  const sectors = association.sectors ?? [];
  const problems = textLines(association.problems);
  const needs = textLines(association.needs);
  const pilotProjects = association.pilotProjects ?? [];
  const events = association.organisedEvents ?? [];
  const news = association.newsArticles ?? [];
  const socialLinks = association.socialLinks ?? [];
  const hasContacts = Boolean(association.website || association.email || association.phone || association.address || association.district || association.location);

  return (
    <article className={styles.profile}>
      <header className={styles.header}>
        {association.logo && <CmsImage media={association.logo} alt={association.logo.alternativeText ?? association.name} sizes="6rem" className={styles.logo} priority />}
        <div>
          <p className={styles.kind}>{tKind(association.kind)}</p>
          <h1 className={styles.title}>{association.name}</h1>
          <p className={styles.membership}>{tMembership(association.allianceMembership)}</p>
        </div>
      </header>
      {association.shortDescription && <p className={styles.lead}>{association.shortDescription}</p>}
      {untranslated && (
        <p className={styles.notice} role="note">
          {t('profile.untranslated')}
        </p>
      )}

      <div className={styles.layout}>
        <div className={styles.body}>
          {association.description && association.description.length > 0 && (
            <section aria-labelledby="about-title" className={styles.section}>
              <h2 id="about-title">{t('profile.about')}</h2>
              <RichText content={association.description} />
            </section>
          )}

          {problems.length > 0 && (
            <section aria-labelledby="problems-title" className={styles.section}>
              <h2 id="problems-title">{t('profile.problems')}</h2>
              <ul className={styles.points}>
                {problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </section>
          )}

          {needs.length > 0 && (
            <section aria-labelledby="needs-title" className={styles.section}>
              <h2 id="needs-title">{t('profile.needs')}</h2>
              <ul className={styles.points}>
                {needs.map((need, index) => (
                  <li key={index}>{need}</li>
                ))}
              </ul>
            </section>
          )}

          {pilotProjects.length > 0 && (
            <section aria-labelledby="pilots-title" className={styles.section}>
              <h2 id="pilots-title">{t('profile.pilotProjects')}</h2>
              <ul className={styles.entries}>
                {pilotProjects.map((project) => (
                  <li key={project.documentId}>
                    <h3 className={styles.entryTitle}>{project.title}</h3>
                    <p className={styles.meta}>{t(`pilotStatus.${project.state}`)}</p>
                    {project.description && <p>{project.description}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <LinkSection
            id="events"
            title={t('profile.events')}
            className={styles.section}
            items={events.map((event) => ({
              key: event.documentId,
              href: localePath(locale, `/events/${event.slug}`),
              label: event.title,
              meta: (
                <>
                  {tEventKind(event.kind)}, <time dateTime={event.startsAt}>{formatDay(event.startsAt, locale)}</time>
                </>
              ),
            }))}
          />
          <LinkSection
            id="news"
            title={t('profile.news')}
            className={styles.section}
            items={news.map((article) => ({
              key: article.documentId,
              href: newsArticlePath(locale, article.slug),
              label: article.title,
              meta: <time dateTime={article.date}>{formatDay(article.date, locale)}</time>,
            }))}
          />
          <LinkSection
            id="papers"
            title={t('profile.policyPapers')}
            className={styles.section}
            items={endorsedPapers.map((paper) => ({
              key: paper.documentId,
              href: localePath(locale, `/policy/${paper.slug}`),
              label: paper.title,
              meta: tPolicy(paper.kind),
            }))}
          />
        </div>

        <aside className={styles.side} aria-labelledby="facts-title">
          <h2 id="facts-title" className={styles.sideTitle}>
            {t('profile.facts')}
          </h2>
          <dl className={styles.facts}>
            <dt>{t('profile.kind')}</dt>
            <dd>{tKind(association.kind)}</dd>
            <dt>{t('profile.membership')}</dt>
            <dd>{tMembership(association.allianceMembership)}</dd>
            {association.foundedYear && (
              <>
                <dt>{t('profile.founded')}</dt>
                <dd>{association.foundedYear}</dd>
              </>
            )}
            {association.membersCount !== null && association.membersCount !== undefined && (
              <>
                <dt>{t('profile.members')}</dt>
                <dd>{numbers.format(association.membersCount)}</dd>
              </>
            )}
            {sectors.length > 0 && (
              <>
                <dt>{t('profile.sectors')}</dt>
                <dd>
                  <ul className={styles.sectors}>
                    {sectors.map((sector) => (
                      <li key={sector.documentId}>
                        <Link href={sectorPath(locale, sector.slug)} className={styles.sector}>
                          <SectorIcon name={sector.icon} className={styles.sectorIcon} />
                          {sector.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>

          {hasContacts && (
            <>
              <h2 className={styles.sideTitle}>{t('profile.contacts')}</h2>
              <dl className={styles.facts}>
                {association.website && (
                  <>
                    <dt>{t('profile.website')}</dt>
                    <dd>
                      <a href={association.website} rel="noopener" className={styles.breakable}>
                        {displayUrl(association.website)}
                      </a>
                    </dd>
                  </>
                )}
                {association.email && (
                  <>
                    <dt>{t('profile.email')}</dt>
                    <dd>
                      <a href={`mailto:${association.email}`} className={styles.breakable}>
                        {association.email}
                      </a>
                    </dd>
                  </>
                )}
                {association.phone && (
                  <>
                    <dt>{t('profile.phone')}</dt>
                    <dd>
                      <a href={telHref(association.phone)}>{association.phone}</a>
                    </dd>
                  </>
                )}
                {(association.address || association.district || association.location) && (
                  <>
                    <dt>{t('profile.address')}</dt>
                    <dd>
                      <address className={styles.address}>
                        {association.address}
                        {association.district && <span className={styles.district}>{t(`districts.${association.district}`)}</span>}
                      </address>
                      {association.location && (
                        <a href={openStreetMapUrl(association.location)} rel="noopener" className={styles.map}>
                          {t('profile.onMap')}
                        </a>
                      )}
                    </dd>
                  </>
                )}
              </dl>
            </>
          )}

          {socialLinks.length > 0 && (
            <>
              <h2 className={styles.sideTitle}>{t('profile.social')}</h2>
              <ul className={styles.social}>
                {socialLinks.map((link) => (
                  <li key={link.id}>
                    <a href={link.url} rel="noopener">
                      {t(`socialNetworks.${link.network}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </article>
  );
}
