import 'server-only';
import { createCmsClient } from '@forum/shared';

/** The portal's one client of the CMS (server side only: the browser never talks to the CMS). */
export const cms = createCmsClient({ baseUrl: process.env.CMS_URL ?? 'http://127.0.0.1:1337' });
