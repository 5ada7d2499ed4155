// Association accounts: representatives act for their own association only, send news and profile
// changes that wait for an editor, and strangers can apply to join; every refusal is a 4xx with a
// sentence in the visitor's language, and nothing is half-stored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import { demoContent } from '../src/seed';
import { arrangeAdminRoles, editorRoleCode, moderatorRoleCode } from '../src/bootstrap/admin-roles';
import { adminAuthorization, startTestCms, type TestCms } from './strapi-instance';

let cms: TestCms;
const api = () => request(cms.strapi.server.httpServer);
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-mail-'));
process.env.MAIL_OUTBOX_DIR = outbox;
process.env.PORTAL_PROXY_SECRET = 'test-portal-secret';

interface SentMail {
  to: string;
  subject: string;
  text: string;
}
const mailsTo = (address: string): SentMail[] =>
  fs
    .readdirSync(outbox)
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(outbox, name), 'utf8')) as SentMail)
    .filter((mail) => mail.to === address);
const codeIn = (mail: SentMail) => /code=([0-9a-f]+)/.exec(mail.text)?.[1] ?? '';

/** Each test that posts to a rate-limited route comes from an address of its own (as the portal tells the CMS). */
let addressCounter = 0;
const fromNewAddress = () => ({ 'x-forwarded-for': `203.0.113.${(addressCounter += 1)}`, 'x-portal-proxy-secret': 'test-portal-secret' });

const password = 'Correct-horse-battery-9';
const representatives = {
  furniture: { email: 'rep.furniture@example.org', association: 'furniture-designers-association', language: 'ru' },
  publishers: { email: 'rep.publishers@example.org', association: 'independent-publishers-association', language: 'en' },
} as const;
type Representative = keyof typeof representatives;
const tokens = {} as Record<Representative, string>;
const associationIds = {} as Record<Representative, string>;

const submissions = () => cms.strapi.documents('api::news-submission.news-submission');
const uploadedFileCount = () => cms.strapi.db.query('plugin::upload.file').count();

async function pngImage(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#0f4c81' } }).png().toBuffer();
}

const news = { languages: 'ru', titleRu: 'Открытая студия', summaryRu: 'Приглашаем на открытую студию.', bodyRu: 'Первый абзац.\n\nВторой абзац.', sectors: ['design'] };

beforeAll(async () => {
  cms = await startTestCms();
  for (const [name, representative] of Object.entries(representatives) as [Representative, (typeof representatives)[Representative]][]) {
    const seeded = demoContent.associations.find((candidate) => candidate.key === representative.association)!;
    const association = await cms.strapi.documents('api::association.association').findFirst({ locale: 'en', filters: { slug: seeded.slug.en }, fields: ['name'] });
    associationIds[name] = association!.documentId;
    // As an editor does in the admin: the user linked to the association is invited by e-mail.
    await cms.strapi.documents('plugin::users-permissions.user').create({
      data: { username: representative.email, email: representative.email, association: association!.documentId, language: representative.language } as never,
    });
    const [invitation] = mailsTo(representative.email);
    await api().post('/api/account/password').set(fromNewAddress()).send({ code: codeIn(invitation), password, passwordConfirmation: password }).expect(200);
    const login = await api().post('/api/auth/local').send({ identifier: representative.email, password }).expect(200);
    tokens[name] = login.body.jwt;
  }
});

afterAll(async () => {
  await cms?.stop();
  fs.rmSync(outbox, { recursive: true, force: true });
});

const as = (name: Representative) => ({ authorization: `Bearer ${tokens[name]}` });

describe('invitations and passwords', () => {
  it('an invited representative gets a link in their language, which sets the password once', async () => {
    const [invitation] = mailsTo(representatives.publishers.email);
    expect(invitation.subject).toMatch(/^Invitation: the account of /);
    expect(invitation.text).toMatch(/\/en\/account\/password\?code=[0-9a-f]{64}/);
    const reused = await api()
      .post('/api/account/password?locale=en')
      .set(fromNewAddress())
      .send({ code: codeIn(invitation), password: 'Another-password-1', passwordConfirmation: 'Another-password-1' })
      .expect(400);
    expect(reused.body.error.details.fields.code).toBe('This link has expired or was already used. Please ask for a new one.');
  });

  it('a forgotten password gets a new link, without telling strangers which addresses have accounts', async () => {
    await api().post('/api/account/password-link').set(fromNewAddress()).send({ email: 'nobody@example.org', locale: 'en' }).expect(202);
    expect(mailsTo('nobody@example.org')).toHaveLength(0);
    await api().post('/api/account/password-link').set(fromNewAddress()).send({ email: representatives.furniture.email, locale: 'en' }).expect(202);
    const reset = mailsTo(representatives.furniture.email).at(-1)!;
    expect(reset.subject).toBe('Новый пароль для аккаунта на сайте Форума');
    const mismatch = await api()
      .post('/api/account/password')
      .set(fromNewAddress())
      .send({ code: codeIn(reset), password, passwordConfirmation: `${password}!` })
      .expect(400);
    expect(mismatch.body.error.details.fields).toEqual({ passwordConfirmation: 'Пароли не совпадают.' });

    // Asked again at once, from elsewhere: the same answer, but no second e-mail (nobody floods a mailbox with links).
    const sent = mailsTo(representatives.furniture.email).length;
    await api().post('/api/account/password-link').set(fromNewAddress()).send({ email: representatives.furniture.email, locale: 'en' }).expect(202);
    expect(mailsTo(representatives.furniture.email)).toHaveLength(sent);
  });

  it('nobody registers by themselves', async () => {
    await api().post('/api/auth/local/register').send({ username: 'intruder', email: 'intruder@example.org', password }).expect((response) => {
      expect([400, 403]).toContain(response.status);
    });
  });
});

describe('the account', () => {
  it('shows the representative their own association, and refuses anyone not logged in', async () => {
    const me = await api().get('/api/account/me').set(as('furniture')).expect(200);
    expect(me.body.association.documentId).toBe(associationIds.furniture);
    expect(JSON.stringify(me.body)).not.toMatch(/password|resetPasswordToken/);
    await api().get('/api/account/me').expect(403);
    await api().get('/api/account/submissions').expect(403);
  });

  it("cannot list other users, nor reach another user's data through the users API", async () => {
    await api().get('/api/users').set(as('furniture')).expect(403);
    const own = await api().get('/api/users/me').set(as('furniture')).expect(200);
    expect(own.body.email).toBe(representatives.furniture.email);
    expect(JSON.stringify(own.body)).not.toMatch(/password|resetPasswordToken|passwordTokenIssuedAt/);
    await api().get('/api/users').expect(403);
  });

  it('is not reachable through the REST API of the submission collections', async () => {
    await api().get('/api/news-submissions').set(as('furniture')).expect(404);
    await api().get('/api/membership-applications').expect(404);
  });
});

describe('submitting news', () => {
  it('stores news with a cover as pending, under the representative association', async () => {
    const before = await uploadedFileCount();
    const response = await api()
      .post('/api/account/news-submissions')
      .set(as('furniture'))
      .set(fromNewAddress())
      .field('data', JSON.stringify(news))
      .attach('cover', await pngImage(), { filename: 'cover.png', contentType: 'image/png' })
      .expect(201);
    expect(response.body.state).toBe('pending');
    const stored = await submissions().findOne({ documentId: response.body.documentId, populate: { association: { fields: ['documentId'] }, cover: true } });
    expect(stored?.association?.documentId).toBe(associationIds.furniture);
    expect(stored?.cover?.mime).toBe('image/png');
    expect(await uploadedFileCount()).toBe(before + 1);
  });

  it.each([
    ['an SVG named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'ru', 'Загрузите изображение JPEG, PNG или WebP.'],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>'), 'en', 'Upload a JPEG, PNG or WebP image.'],
    ['an image over 5 MB', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5 * 1024 * 1024)]), 'en', 'The image is too large: 5 MB at most.'],
  ])('refuses %s as a cover, says why next to the field, and stores nothing', async (_name, file, locale, message) => {
    const [count, files] = [await submissions().count({}), await uploadedFileCount()];
    const response = await api()
      .post(`/api/account/news-submissions?locale=${locale}`)
      .set(as('furniture'))
      .set(fromNewAddress())
      .field('data', JSON.stringify(news))
      .attach('cover', file, { filename: 'cover.png', contentType: 'image/png' })
      .expect(400);
    expect(response.body.error.details.fields).toEqual({ cover: message });
    expect(await submissions().count({})).toBe(count);
    expect(await uploadedFileCount()).toBe(files);
  });

  it('refuses fields the representative does not own (another association, a state) instead of ignoring them', async () => {
    const count = await submissions().count({});
    const response = await api()
      .post('/api/account/news-submissions?locale=en')
      .set(as('furniture'))
      .set(fromNewAddress())
      .send({ ...news, association: associationIds.publishers, state: 'approved', publishedAt: '2026-01-01' })
      .expect(400);
    expect(response.body.error.details.fields).toEqual({
      association: 'The form has no such field.',
      state: 'The form has no such field.',
      publishedAt: 'The form has no such field.',
    });
    expect(await submissions().count({})).toBe(count);
  });

  it('explains missing texts and unknown sectors in the visitor language', async () => {
    const missing = await api().post('/api/account/news-submissions').set(as('furniture')).set(fromNewAddress()).send({ languages: 'both', titleRu: 'Только заголовок' }).expect(400);
    expect(missing.body.error.message).toBe('Проверьте форму: 3 поля заполнены неверно.');
    expect(Object.keys(missing.body.error.details.fields).sort()).toEqual(['bodyEn', 'bodyRu', 'titleEn']);
    const sectors = await api().post('/api/account/news-submissions?locale=en').set(as('furniture')).set(fromNewAddress()).send({ ...news, sectors: ['no-such-sector'] }).expect(400);
    expect(sectors.body.error.details.fields).toEqual({ sectors: 'There are no such sectors: please choose from the list.' });
  });
});

describe('ownership', () => {
  let furnitureSubmission: string;

  beforeAll(async () => {
    const response = await api().post('/api/account/news-submissions').set(as('furniture')).set(fromNewAddress()).send(news).expect(201);
    furnitureSubmission = response.body.documentId;
  });

  it('a representative sees their own submissions only', async () => {
    const own = await api().get('/api/account/submissions').set(as('furniture')).expect(200);
    expect(own.body.news.map((item: { documentId: string }) => item.documentId)).toContain(furnitureSubmission);
    const other = await api().get('/api/account/submissions').set(as('publishers')).expect(200);
    expect(other.body.news.map((item: { documentId: string }) => item.documentId)).not.toContain(furnitureSubmission);
  });

  it("another association's representative can neither read nor withdraw it: it does not exist for them", async () => {
    const read = await api().get(`/api/account/news-submissions/${furnitureSubmission}?locale=en`).set(as('publishers')).expect(404);
    expect(read.body.error.message).toBe("There is no such submission among your association's.");
    await api().delete(`/api/account/news-submissions/${furnitureSubmission}`).set(as('publishers')).expect(404);
    await api().get(`/api/account/news-submissions/${furnitureSubmission}`).set(as('furniture')).expect(200);
  });

  it('its own representative withdraws it while it is pending', async () => {
    await api().delete(`/api/account/news-submissions/${furnitureSubmission}`).set(as('furniture')).expect(204);
    expect(await submissions().findOne({ documentId: furnitureSubmission })).toBeNull();
  });
});

describe('moderation', () => {
  const submit = async (body: Record<string, unknown>) =>
    (await api().post('/api/account/news-submissions').set(as('publishers')).set(fromNewAddress()).send(body).expect(201)).body.documentId as string;

  it('approving publishes the news in each language it was written in, under the association, and tells the representative', async () => {
    const documentId = await submit({
      languages: 'both',
      titleRu: 'Книжная ярмарка независимых',
      bodyRu: 'Текст на русском.',
      titleEn: 'Independent book fair',
      bodyEn: 'Text in English.',
      sectors: ['publishing'],
    });
    await submissions().update({ documentId, data: { state: 'approved' } as never });
    const stored = await submissions().findOne({ documentId, populate: { article: { fields: ['slug'] } } });
    expect(stored?.state).toBe('approved');
    expect(stored?.reviewedAt).toBeTruthy();

    for (const [locale, title] of [['ru', 'Книжная ярмарка независимых'], ['en', 'Independent book fair']]) {
      const published = await api().get(`/api/news-articles?locale=${locale}&filters[title][$eq]=${encodeURIComponent(title)}&populate[association][fields][0]=name`).expect(200);
      expect(published.body.data).toHaveLength(1);
      expect(published.body.data[0].association.documentId).toBe(associationIds.publishers);
      expect(published.body.data[0].source).toBe('association');
    }
    expect(mailsTo(representatives.publishers.email).at(-1)?.subject).toBe('Your news "Independent book fair" is published');
  });

  it('news written in English only is published in English only, and the submission leads to it', async () => {
    const documentId = await submit({ languages: 'en', titleEn: 'Open studio day', bodyEn: 'Come and see.' });
    await submissions().update({ documentId, data: { state: 'approved' } as never });
    const listed = await api().get('/api/account/submissions').set(as('publishers')).expect(200);
    const item = listed.body.news.find((candidate: { documentId: string }) => candidate.documentId === documentId);
    expect(item).toMatchObject({ state: 'approved', article: { slug: 'open-studio-day' } });
    const russian = await api().get(`/api/news-articles?locale=ru&filters[slug][$eq]=open-studio-day`).expect(200);
    expect(russian.body.data).toHaveLength(0);
  });

  it('rejecting needs a reason, which the representative gets; a decision is final', async () => {
    const documentId = await submit({ languages: 'en', titleEn: 'Too early', bodyEn: 'Not ready yet.' });
    await expect(submissions().update({ documentId, data: { state: 'rejected' } as never })).rejects.toThrow(/reason/);
    expect((await submissions().findOne({ documentId }))?.state).toBe('pending');

    await submissions().update({ documentId, data: { state: 'rejected', rejectionReason: 'Please add the date of the event.' } as never });
    const mail = mailsTo(representatives.publishers.email).at(-1)!;
    expect(mail.subject).toBe('Your news "Too early" was not published');
    expect(mail.text).toContain('Reason: Please add the date of the event.');
    const listed = await api().get('/api/account/submissions').set(as('publishers')).expect(200);
    expect(listed.body.news.find((item: { documentId: string }) => item.documentId === documentId)).toMatchObject({
      state: 'rejected',
      rejectionReason: 'Please add the date of the event.',
    });
    await expect(submissions().update({ documentId, data: { state: 'approved' } as never })).rejects.toThrow(/cannot be changed/);
  });

  it('a submission always starts as pending, whatever the creator says', async () => {
    const created = await submissions().create({ data: { languages: 'en', titleEn: 'Sneaky', bodyEn: 'x', state: 'approved' } as never });
    expect(created.state).toBe('pending');
  });
});

describe('profile changes', () => {
  it('wait for an editor: the public profile changes only when approved', async () => {
    const response = await api()
      .post('/api/account/profile-changes')
      .set(as('furniture'))
      .set(fromNewAddress())
      .send({ locale: 'en', shortDescription: 'Designers of furniture made in St Petersburg, since 2009.', website: 'https://furniture.example.org' })
      .expect(201);
    const publicProfile = () =>
      api().get(`/api/associations/${associationIds.furniture}?locale=en&fields[0]=shortDescription&fields[1]=website`).expect(200);
    expect((await publicProfile()).body.data.shortDescription).not.toBe('Designers of furniture made in St Petersburg, since 2009.');

    await cms.strapi.documents('api::profile-change.profile-change').update({ documentId: response.body.documentId, data: { state: 'approved' } as never });
    const updated = (await publicProfile()).body.data;
    expect(updated).toMatchObject({ shortDescription: 'Designers of furniture made in St Petersburg, since 2009.', website: 'https://furniture.example.org' });
  });

  it('refuse a change that changes nothing, or fields that are not the profile', async () => {
    const empty = await api().post('/api/account/profile-changes?locale=en').set(as('furniture')).set(fromNewAddress()).send({ locale: 'en', note: 'hello' }).expect(400);
    expect(empty.body.error.details.fields).toEqual({ form: 'Please fill in this field.' });
    const foreign = await api().post('/api/account/profile-changes?locale=en').set(as('furniture')).set(fromNewAddress()).send({ locale: 'en', internalNotes: 'x', featured: true }).expect(400);
    expect(Object.keys(foreign.body.error.details.fields).sort()).toEqual(['featured', 'internalNotes']);
  });
});

describe('joining the alliance', () => {
  const application = {
    locale: 'en',
    name: 'Guild of Illustrators',
    kind: 'nascent_association',
    sectors: ['art', 'publishing'],
    description: "We bring together St Petersburg's illustrators of children's books.",
    contactName: 'Anna Petrova',
    email: 'Anna@Illustrators.example.org',
    motivation: 'We want to speak to the city together with the other unions.',
  };
  const applications = () => cms.strapi.documents('api::membership-application.membership-application');

  it('an application becomes a pending record for the editors, never a public entry', async () => {
    await api().post('/api/membership-applications').set(fromNewAddress()).send(application).expect(202);
    const stored = await applications().findFirst({ filters: { name: application.name } });
    expect(stored).toMatchObject({ state: 'pending', email: 'anna@illustrators.example.org' });
    const listed = await api().get(`/api/associations?locale=en&filters[name][$eq]=${encodeURIComponent(application.name)}`).expect(200);
    expect(listed.body.data).toHaveLength(0);
  });

  it('a bot filling the hidden field is answered like everyone and stores nothing', async () => {
    const count = await applications().count({});
    await api().post('/api/membership-applications').set(fromNewAddress()).send({ ...application, name: 'Spam Inc', fax: 'buy now' }).expect(202);
    expect(await applications().count({})).toBe(count);
  });

  it('explains what is missing in the applicant language', async () => {
    const response = await api().post('/api/membership-applications?locale=ru').set(fromNewAddress()).send({ ...application, email: 'anna', motivation: '' }).expect(400);
    expect(response.body.error.details.fields).toEqual({
      email: 'Введите адрес электронной почты, например name@example.ru.',
      motivation: 'Заполните это поле.',
    });
  });

  it('limits how often one address may apply', async () => {
    const address = fromNewAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push((await api().post('/api/membership-applications?locale=en').set(address).send({ ...application, email: 'x' })).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it("does not count the portal's own calls (its secret, no visitor named) as one visitor's", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      statuses.push((await api().post('/api/membership-applications?locale=en').set({ 'x-portal-proxy-secret': 'test-portal-secret' }).send({ ...application, email: 'x' })).status);
    }
    expect(statuses).toEqual(Array(7).fill(400));
    // A wrong secret proves nothing: counted by the caller's own address.
    const forged: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      forged.push((await api().post('/api/membership-applications?locale=en').set({ 'x-portal-proxy-secret': 'guess' }).send({ ...application, email: 'x' })).status);
    }
    expect(forged.at(-1)).toBe(429);
  });

  it('approving creates the association unpublished and invites its representative', async () => {
    const stored = await applications().findFirst({ filters: { name: application.name } });
    await applications().update({ documentId: stored!.documentId, data: { state: 'approved' } as never });
    const association = await cms.strapi.documents('api::association.association').findFirst({ locale: 'en', status: 'draft', filters: { name: application.name } });
    expect(association).toMatchObject({ slug: 'guild-of-illustrators', allianceMembership: 'candidate', publishedAt: null });
    const invitation = mailsTo('anna@illustrators.example.org').at(-1)!;
    expect(invitation.subject).toBe('Invitation: the account of Guild of Illustrators on the Forum\'s website');
  });
});

describe('endorsing policy papers', () => {
  const paperId = async (key: string) => {
    const seeded = demoContent.policyPapers.find((paper) => paper.key === key)!;
    return (await cms.strapi.documents('api::policy-paper.policy-paper').findFirst({ locale: 'en', filters: { slug: seeded.slug.en }, fields: ['state'] }))!.documentId;
  };
  const endorsements = () => cms.strapi.documents('api::endorsement.endorsement');
  const publicList = async (locale = 'en') => (await api().get(`/api/endorsements?locale=${locale}`).expect(200)).body;
  const endorsersOf = async (paper: string, locale = 'en') =>
    (await publicList(locale)).data.filter((endorsement: { policyPaper: { documentId: string } }) => endorsement.policyPaper.documentId === paper);
  /** As an editor does: sets the paper's status and publishes it in both languages. */
  const setPaperState = async (documentId: string, state: string) => {
    await cms.strapi.documents('api::policy-paper.policy-paper').update({ documentId, locale: 'ru', data: { state } as never });
    await cms.strapi.documents('api::policy-paper.policy-paper').publish({ documentId, locale: '*' });
  };

  it('the demo papers have their endorsers, each with a date, and the public list names no person', async () => {
    const premises = demoContent.policyPapers.find((paper) => paper.key === 'recommendations-premises')!;
    const listed = await endorsersOf(await paperId('recommendations-premises'));
    expect(listed).toHaveLength(premises.endorsements.length);
    expect(listed[0]).toEqual({
      documentId: expect.any(String),
      endorsedAt: expect.any(String),
      policyPaper: { documentId: expect.any(String), title: premises.title.en, slug: premises.slug.en, kind: premises.kind, state: 'adopted' },
      association: { documentId: expect.any(String), name: expect.any(String), slug: expect.any(String) },
    });
    const russian = await endorsersOf(await paperId('recommendations-premises'), 'ru');
    expect(russian[0].policyPaper.title).toBe(premises.title.ru);
  });

  it('a representative signs their association on to an open paper in one call, once', async () => {
    const appeal = await paperId('appeal-historic-centre');
    const before = (await endorsersOf(appeal)).length;
    const first = await api().post('/api/account/endorsements').set(as('furniture')).send({ policyPaper: appeal }).expect(201);
    expect(first.body).toEqual({ documentId: expect.any(String), endorsedAt: expect.any(String) });
    const again = await api().post('/api/account/endorsements').set(as('furniture')).send({ policyPaper: appeal }).expect(200);
    expect(again.body.documentId).toBe(first.body.documentId);

    const listed = await endorsersOf(appeal);
    expect(listed).toHaveLength(before + 1);
    expect(listed.map((endorsement: { association: { documentId: string } }) => endorsement.association.documentId)).toContain(associationIds.furniture);
    expect(JSON.stringify(await publicList())).not.toMatch(/endorsedBy|@example\.org|password/);

    const own = await api().get('/api/account/endorsements?locale=ru').set(as('furniture')).expect(200);
    expect(own.body[0]).toMatchObject({ documentId: first.body.documentId, policyPaper: { documentId: appeal, state: 'draft' } });
    const stored = await endorsements().findOne({ documentId: first.body.documentId, populate: { endorsedBy: { fields: ['email'] } } });
    expect(stored).toMatchObject({ endorsedBy: { email: representatives.furniture.email } });
  });

  it('refuses a closed paper, an unknown one, fields it does not own and visitors, in their language', async () => {
    const closed = await api().post('/api/account/endorsements?locale=en').set(as('furniture')).send({ policyPaper: await paperId('position-ip') }).expect(400);
    expect(closed.body.error.message).toBe('This paper has already gone to the authorities: its list of endorsers is closed.');
    const unknown = await api().post('/api/account/endorsements?locale=ru').set(as('furniture')).send({ policyPaper: 'nosuchpaper0000000000000' }).expect(404);
    expect(unknown.body.error.message).toBe('Такого опубликованного документа нет.');
    const appeal = await paperId('appeal-historic-centre');
    const extra = await api()
      .post('/api/account/endorsements?locale=en')
      .set(as('publishers'))
      .send({ policyPaper: appeal, association: associationIds.furniture })
      .expect(400);
    expect(extra.body.error.details.fields).toHaveProperty('association');
    await api().post('/api/account/endorsements').send({ policyPaper: appeal }).expect(403);
    const stored = await endorsements().findMany({ filters: { policyPaper: { documentId: appeal }, association: { documentId: associationIds.publishers } } });
    expect(stored).toHaveLength(0);
  });

  it("only the association's own representative withdraws, and only while the paper is open", async () => {
    const appeal = await paperId('appeal-historic-centre');
    const signed = await api().post('/api/account/endorsements').set(as('publishers')).send({ policyPaper: appeal }).expect(201);
    await api().delete(`/api/account/endorsements/${signed.body.documentId}`).set(as('furniture')).expect(404);

    await setPaperState(appeal, 'submitted');
    try {
      const late = await api().delete(`/api/account/endorsements/${signed.body.documentId}?locale=en`).set(as('publishers')).expect(400);
      expect(late.body.error.message).toMatch(/gone to the authorities/);
    } finally {
      await setPaperState(appeal, 'draft');
    }
    await api().delete(`/api/account/endorsements/${signed.body.documentId}`).set(as('publishers')).expect(204);
    const listed = await endorsersOf(appeal);
    expect(listed.map((endorsement: { association: { documentId: string } }) => endorsement.association.documentId)).not.toContain(associationIds.publishers);
  });

  it('an editor records an endorsement once, with both the paper and the association', async () => {
    const appeal = await paperId('appeal-historic-centre');
    const count = () => endorsements().count({});
    const before = await count();
    await expect(endorsements().create({ data: { policyPaper: appeal, association: associationIds.furniture } as never })).rejects.toThrow(/already endorses/);
    await expect(endorsements().create({ data: { policyPaper: appeal } as never })).rejects.toThrow(/Choose both/);
    expect(await count()).toBe(before);
  });

  it('an association not yet in the catalogue cannot endorse, and is told why', async () => {
    const invitation = mailsTo('anna@illustrators.example.org').at(-1)!;
    await api().post('/api/account/password').set(fromNewAddress()).send({ code: codeIn(invitation), password, passwordConfirmation: password }).expect(200);
    const login = await api().post('/api/auth/local').send({ identifier: 'anna@illustrators.example.org', password }).expect(200);
    const refused = await api()
      .post('/api/account/endorsements?locale=en')
      .set({ authorization: `Bearer ${login.body.jwt}` })
      .send({ policyPaper: await paperId('appeal-historic-centre') })
      .expect(400);
    expect(refused.body.error.message).toMatch(/not published yet/);
  });

  it("the public list shows published associations only, pages like Strapi's lists and refuses other parameters", async () => {
    // The association made unpublished by approving the application in 'joining the alliance'.
    const candidateName = 'Guild of Illustrators';
    const appeal = await paperId('appeal-historic-centre');
    const candidate = await cms.strapi.documents('api::association.association').findFirst({ locale: 'en', status: 'draft', filters: { name: candidateName } });
    await endorsements().create({ data: { policyPaper: appeal, association: candidate!.documentId } as never });
    expect(JSON.stringify(await publicList())).not.toContain(candidateName);

    const page = await api().get('/api/endorsements?locale=en&pagination[page]=2&pagination[pageSize]=5').expect(200);
    expect(page.body.data).toHaveLength(5);
    expect(page.body.meta.pagination).toMatchObject({ page: 2, pageSize: 5, total: (await publicList()).data.length });
    for (const attack of ['status=draft', 'populate=*', 'filters[endorsedBy][email][$startsWith]=r', 'locale=de']) {
      const refused = await api().get(`/api/endorsements?${attack}`).expect(400);
      expect(refused.body.error.message).toBeTruthy();
    }
  });
});

describe('the admin', () => {
  it('lists the records editors review with the columns they need, newest first', async () => {
    const contentTypes = cms.strapi.plugin('content-manager').service('content-types');
    const queue = await contentTypes.findConfiguration({ uid: 'api::news-submission.news-submission' });
    expect(queue.layouts.list).toEqual(['id', 'titleRu', 'titleEn', 'association', 'state', 'createdAt']);
    expect(queue.settings).toMatchObject({ mainField: 'titleRu', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' });
    const endorsements = await contentTypes.findConfiguration({ uid: 'api::endorsement.endorsement' });
    expect(endorsements.layouts.list).toEqual(['id', 'policyPaper', 'association', 'endorsedAt']);
    const themes = await contentTypes.findConfiguration({ uid: 'api::need-theme.need-theme' });
    expect(themes.settings).toMatchObject({ mainField: 'title', defaultSortBy: 'order', defaultSortOrder: 'ASC' });
  });

  it('names related records by their names, and explains the fields that need it in both languages', async () => {
    const contentTypes = cms.strapi.plugin('content-manager').service('content-types');
    const associations = await contentTypes.findConfiguration({ uid: 'api::association.association' });
    expect(associations.settings).toMatchObject({ mainField: 'name', defaultSortBy: 'name' });
    expect(associations.layouts.list).toEqual(['id', 'name', 'kind', 'sectors', 'allianceMembership', 'updatedAt']);
    expect(associations.metadatas.slug.edit.description).toMatch(/латиницей.*Latin letters/);
    expect(associations.metadatas.website.edit.placeholder).toBe('https://');
    const indicators = await contentTypes.findConfiguration({ uid: 'api::indicator.indicator' });
    expect(indicators.metadatas.rule.edit.description).toContain('manual');
    for (const uid of ['api::event.event', 'api::policy-paper.policy-paper', 'api::sector.sector', 'api::page.page']) {
      const { settings } = await contentTypes.findConfiguration({ uid });
      expect({ uid, mainField: settings.mainField }).toEqual({ uid, mainField: uid === 'api::sector.sector' ? 'name' : 'title' });
    }
  });
});

describe('admin roles', () => {
  const contentManager = '/content-manager/collection-types';
  const as = (code: string) => adminAuthorization(cms, code);

  it('an Editor writes, translates and publishes content', async () => {
    const editor = await as(editorRoleCode);
    const created = await api()
      .post(`${contentManager}/api::association.association/actions/publish?locale=ru`)
      .set(editor)
      .send({ name: 'Гильдия проверки ролей', slug: 'gildiya-proverki-roley', kind: 'existing_association', locale: 'ru' })
      .expect(200);
    const { documentId } = created.body.data;
    await api()
      .post(`${contentManager}/api::association.association/${documentId}/actions/publish?locale=en`)
      .set(editor)
      .send({ name: 'Role Check Guild', slug: 'role-check-guild', kind: 'existing_association', locale: 'en' })
      .expect(200);
    await api().get('/api/associations?locale=en&filters[slug][$eq]=role-check-guild').expect(200).expect((response) => expect(response.body.data).toHaveLength(1));
    await api().post(`${contentManager}/api::page.page?locale=en`).set(editor).send({ title: 'An editor page', slug: 'an-editor-page', locale: 'en' }).expect(201);
    await api().delete(`${contentManager}/api::association.association/${documentId}?locale=*`).set(editor).expect(200);
  });

  it('a Moderator reviews the queues and touches no published content', async () => {
    const moderator = await as(moderatorRoleCode);
    const [association] = await cms.strapi.documents('api::association.association').findMany({ locale: 'ru', status: 'published', limit: 1 });
    const submission = await cms.strapi.documents('api::news-submission.news-submission').create({
      data: { titleRu: 'Новость на проверку', bodyRu: 'Текст новости для проверки ролей.', languages: 'ru', association: association.documentId } as never,
    });
    await api().get(`${contentManager}/api::news-submission.news-submission?page=1&pageSize=10`).set(moderator).expect(200);
    await api().get(`${contentManager}/api::association.association?page=1&pageSize=1&locale=ru`).set(moderator).expect(200);
    await api()
      .put(`${contentManager}/api::news-submission.news-submission/${submission.documentId}`)
      .set(moderator)
      .send({ state: 'rejected', rejectionReason: 'Проверка ролей: не по теме Форума.' })
      .expect(200);
    // No writing, publishing or deleting of content, and no other collections.
    await api().post(`${contentManager}/api::association.association?locale=ru`).set(moderator).send({ name: 'Нельзя', slug: 'nelzya', kind: 'existing_association', locale: 'ru' }).expect(403);
    await api().post(`${contentManager}/api::association.association/${association.documentId}/actions/unpublish?locale=ru`).set(moderator).send({}).expect(403);
    await api().delete(`${contentManager}/api::news-submission.news-submission/${submission.documentId}`).set(moderator).expect(403);
    await api().get(`${contentManager}/api::page.page?page=1&pageSize=1&locale=ru`).set(moderator).expect(403);
    await api().get(`${contentManager}/api::policy-paper.policy-paper?page=1&pageSize=1&locale=ru`).set(moderator).expect(403);
  });

  it('are set up at every start, without duplicates', async () => {
    const roles = cms.strapi.service('admin::role');
    const moderatorRole = await roles.findOne({ code: moderatorRoleCode });
    const before = await cms.strapi.service('admin::permission').findMany({ where: { role: { id: moderatorRole.id } } });
    await arrangeAdminRoles(cms.strapi);
    expect(await roles.count({ where: { code: moderatorRoleCode } })).toBe(1);
    expect(await cms.strapi.service('admin::permission').findMany({ where: { role: { id: moderatorRole.id } } })).toHaveLength(before.length);
  });
});
