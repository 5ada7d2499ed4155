// The outcomes report's words in both languages (the portal's messages hold the outcomes page's).
import type { ForumEventKind, Locale, PolicyPaperState, ProjectStageState } from '@forum/shared';

export interface ReportWords {
  title: string;
  asOf: (date: string) => string;
  intro: string;
  headline: string;
  stages: string;
  stage: (number: number) => string;
  stageStates: Record<ProjectStageState, string>;
  done: (percent: number) => string;
  indicators: string;
  columns: { indicator: string; baseline: string; target: string; actual: string; progress: string; source: string };
  sources: { content: string; editors: string };
  notEntered: string;
  charts: { title: string; sessionsPerMonth: string; papersByStatus: string; associationsBySector: string; noSessions: string };
  paperStates: Record<PolicyPaperState, string>;
  evidence: string;
  eventsHeld: string;
  papersSubmitted: string;
  members: string;
  none: string;
  eventKinds: Record<ForumEventKind, string>;
  footer: (site: string) => string;
  page: (page: number, pages: number) => string;
  fileName: string;
}

export const reportWords: Record<Locale, ReportWords> = {
  ru: {
    title: 'Отчёт о результатах проекта',
    asOf: (date) => `По состоянию на ${date}`,
    intro:
      'Результаты Форума креативных индустрий по трём этапам проекта. Фактические значения подсчитаны по материалам, опубликованным на сайте Форума, там, где это возможно, и внесены редакцией там, где материалы их подтвердить не могут; у каждого показателя указано, откуда значение. Те же цифры — на странице результатов сайта.',
    headline: 'Главное',
    stages: 'Этапы проекта',
    stage: (number) => `Этап ${number}`,
    stageStates: { planned: 'Запланирован', in_progress: 'Идёт', completed: 'Завершён' },
    done: (percent) => `выполнено ${percent}%`,
    indicators: 'Ожидаемые результаты',
    columns: { indicator: 'Показатель', baseline: 'Было', target: 'Цель', actual: 'Факт', progress: 'Прогресс', source: 'Откуда значение' },
    sources: { content: 'Подсчитано по сайту', editors: 'Внесено редакцией' },
    notEntered: 'не внесено',
    charts: {
      title: 'Диаграммы',
      sessionsPerMonth: 'Проведённые рабочие сессии и семинары по месяцам',
      papersByStatus: 'Документы по статусу',
      associationsBySector: 'Объединения в каталоге по отраслям',
      noSessions: 'Рабочих сессий ещё не было.',
    },
    paperStates: { draft: 'Черновик', submitted: 'Направлен', response_received: 'Получен ответ', adopted: 'Принят', rejected: 'Отклонён' },
    evidence: 'Подтверждение',
    eventsHeld: 'Проведённые мероприятия',
    papersSubmitted: 'Документы, переданные властям',
    members: 'Участники альянса',
    none: 'Пока нет.',
    eventKinds: { forum_session: 'Сессия Форума', working_session: 'Рабочая сессия', seminar: 'Семинар', round_table: 'Круглый стол', final_session: 'Итоговая сессия' },
    footer: (site) => `${site} · Отчёт о результатах`,
    page: (page, pages) => `${page} из ${pages}`,
    fileName: 'otchet-o-rezultatah',
  },
  en: {
    title: "The project's outcomes",
    asOf: (date) => `As of ${date}`,
    intro:
      "The Creative Industries Forum's results against the project's three stages. Actual values are counted from the content published on the Forum's website wherever that is possible, and entered by the editors where no content can prove them; each indicator says which. The outcomes page of the website shows the same figures.",
    headline: 'At a glance',
    stages: "The project's stages",
    stage: (number) => `Stage ${number}`,
    stageStates: { planned: 'Planned', in_progress: 'In progress', completed: 'Completed' },
    done: (percent) => `${percent}% done`,
    indicators: 'Expected results',
    columns: { indicator: 'Indicator', baseline: 'Baseline', target: 'Target', actual: 'Actual', progress: 'Progress', source: 'Where the value comes from' },
    sources: { content: 'Counted from the site', editors: 'Entered by the editors' },
    notEntered: 'not entered yet',
    charts: {
      title: 'Charts',
      sessionsPerMonth: 'Working sessions and seminars held, per month',
      papersByStatus: 'Policy papers by status',
      associationsBySector: 'Associations in the catalogue, by sector',
      noSessions: 'No working session has been held yet.',
    },
    paperStates: { draft: 'Draft', submitted: 'Submitted', response_received: 'Response received', adopted: 'Adopted', rejected: 'Rejected' },
    evidence: 'Evidence',
    eventsHeld: 'Events held',
    papersSubmitted: 'Papers put to the authorities',
    members: 'Members of the alliance',
    none: 'None yet.',
    eventKinds: { forum_session: 'Forum session', working_session: 'Working session', seminar: 'Seminar', round_table: 'Round table', final_session: 'Final session' },
    footer: (site) => `${site} · Outcomes report`,
    page: (page, pages) => `${page} of ${pages}`,
    fileName: 'outcomes-report',
  },
};
