// The CMS admin's own API, as the admin panel calls it, for journeys that play the editor.
// Needs the CMS the portal reads and an admin account of it: E2E_CMS_URL, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD.
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';

export const cmsUrl = (process.env.E2E_CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, '');
const adminEmail = process.env.E2E_ADMIN_EMAIL;
const adminPassword = process.env.E2E_ADMIN_PASSWORD;

/** Why a journey that needs the admin cannot run here, or null when it can. */
export const adminUnavailable = !adminEmail || !adminPassword ? 'needs E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD of the CMS at E2E_CMS_URL' : null;

export type Document = Record<string, unknown> & { documentId: string };

/** The editor's token, asked for once per test worker: the admin rate-limits logins. */
let adminToken: Promise<string> | undefined;

async function logIn(request: APIRequestContext): Promise<string> {
  const login = await request.post(`${cmsUrl}/admin/login`, { data: { email: adminEmail, password: adminPassword } });
  expect(login.ok(), `admin login at ${cmsUrl}: ${login.status()}`).toBe(true);
  return (await login.json()).data.token as string;
}

/** Logs in as the editor; returns the content-manager API's base URL, the headers to send, and a checked JSON reader. */
export async function adminApi(request: APIRequestContext) {
  adminToken ??= logIn(request).catch((error: unknown) => {
    adminToken = undefined;
    throw error;
  });
  return {
    api: `${cmsUrl}/content-manager`,
    headers: { Authorization: `Bearer ${await adminToken}` },
    async answer<T = unknown>(response: APIResponse): Promise<T> {
      expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}
