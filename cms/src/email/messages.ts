// The e-mails association representatives get, in their language (the user's `language`).
import type { Locale } from '@forum/shared';

const siteUrl = () => (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const accountUrl = (locale: Locale) => `${siteUrl()}/${locale}/account`;
const passwordUrl = (locale: Locale, code: string) => `${accountUrl(locale)}/password?code=${encodeURIComponent(code)}`;

export interface Mail {
  subject: string;
  text: string;
}

const forum = { ru: 'Форум креативных индустрий Санкт-Петербурга', en: 'St Petersburg Creative Industries Forum' };

export const mails = {
  invitation: (locale: Locale, association: string, code: string): Mail =>
    locale === 'ru'
      ? {
          subject: `Приглашение: аккаунт объединения «${association}» на сайте Форума`,
          text: `Здравствуйте!\n\nРедакция ${forum.ru} приглашает вас представлять объединение «${association}» на сайте Форума: публиковать новости и обновлять профиль.\n\nЧтобы задать пароль, откройте ссылку (она действует 3 дня):\n${passwordUrl(locale, code)}\n\nЕсли вы не ждали этого письма, просто не отвечайте на него.\n`,
        }
      : {
          subject: `Invitation: the account of ${association} on the Forum's website`,
          text: `Hello,\n\nThe editors of the ${forum.en} invite you to represent ${association} on the Forum's website: to publish news and keep its profile up to date.\n\nTo set your password, open this link (it works for 3 days):\n${passwordUrl(locale, code)}\n\nIf you did not expect this e-mail, simply ignore it.\n`,
        },

  passwordReset: (locale: Locale, code: string): Mail =>
    locale === 'ru'
      ? {
          subject: 'Новый пароль для аккаунта на сайте Форума',
          text: `Здравствуйте!\n\nКто-то (надеемся, вы) попросил сменить пароль аккаунта на сайте ${forum.ru}.\n\nЧтобы задать новый пароль, откройте ссылку (она действует 3 дня):\n${passwordUrl(locale, code)}\n\nЕсли вы не просили сменить пароль, ничего не делайте: старый пароль продолжает действовать.\n`,
        }
      : {
          subject: "A new password for your account on the Forum's website",
          text: `Hello,\n\nSomeone (hopefully you) asked to change the password of your account on the ${forum.en} website.\n\nTo set a new password, open this link (it works for 3 days):\n${passwordUrl(locale, code)}\n\nIf you did not ask for this, do nothing: your password stays as it is.\n`,
        },

  submissionApproved: (locale: Locale, title: string): Mail =>
    locale === 'ru'
      ? {
          subject: `Новость «${title}» опубликована`,
          text: `Здравствуйте!\n\nРедакция опубликовала вашу новость «${title}». Все ваши материалы и их статус: ${accountUrl(locale)}\n`,
        }
      : {
          subject: `Your news "${title}" is published`,
          text: `Hello,\n\nThe editors have published your news "${title}". All your submissions and their status: ${accountUrl(locale)}\n`,
        },

  submissionRejected: (locale: Locale, title: string, reason: string): Mail =>
    locale === 'ru'
      ? {
          subject: `Новость «${title}» не опубликована`,
          text: `Здравствуйте!\n\nРедакция не опубликовала вашу новость «${title}».\n\nПричина: ${reason}\n\nВы можете исправить её и отправить снова: ${accountUrl(locale)}\n`,
        }
      : {
          subject: `Your news "${title}" was not published`,
          text: `Hello,\n\nThe editors did not publish your news "${title}".\n\nReason: ${reason}\n\nYou can change it and send it again: ${accountUrl(locale)}\n`,
        },

  profileChangeDecided: (locale: Locale, association: string, approved: boolean, reason?: string): Mail =>
    locale === 'ru'
      ? {
          subject: approved ? `Профиль «${association}» обновлён` : `Изменения профиля «${association}» не приняты`,
          text: approved
            ? `Здравствуйте!\n\nРедакция внесла предложенные вами изменения в профиль «${association}».\n`
            : `Здравствуйте!\n\nРедакция не приняла предложенные изменения профиля «${association}».\n\nПричина: ${reason ?? '—'}\n\n${accountUrl(locale)}\n`,
        }
      : {
          subject: approved ? `The profile of ${association} is updated` : `The changes to the profile of ${association} were not accepted`,
          text: approved
            ? `Hello,\n\nThe editors have made the changes you proposed to the profile of ${association}.\n`
            : `Hello,\n\nThe editors did not accept the changes you proposed to the profile of ${association}.\n\nReason: ${reason ?? '—'}\n\n${accountUrl(locale)}\n`,
        },

  applicationRejected: (locale: Locale, association: string, reason: string): Mail =>
    locale === 'ru'
      ? {
          subject: `Заявка «${association}» на вступление в альянс`,
          text: `Здравствуйте!\n\nСпасибо за интерес к ${forum.ru}. Редакция рассмотрела заявку «${association}» и пока не может её принять.\n\nПричина: ${reason}\n\nВы можете ответить на это письмо или подать заявку снова: ${siteUrl()}/${locale}/join\n`,
        }
      : {
          subject: `Your application for ${association} to join the alliance`,
          text: `Hello,\n\nThank you for your interest in the ${forum.en}. The editors have considered the application of ${association} and cannot accept it for now.\n\nReason: ${reason}\n\nYou can reply to this e-mail or apply again: ${siteUrl()}/${locale}/join\n`,
        },
};
