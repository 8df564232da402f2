// Members of staff in the browser journeys: signed in through the sign-in page in a browser context of their own,
// or over the HTTP API with the session cookie and its CSRF token on every change.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { vi } from '../../src/web/i18n/vi.ts';
import { collectErrors, type Journey } from './browser.ts';

/** The password of every account in the demo data. */
export const demoPassword = 'motcua-demo-2026';

/** The screen of an office computer. */
export const office = { width: 1366, height: 768 };

/** POST /api/auth/login as it comes back, for the journeys that check a refusal too. */
export function postLogin(baseUrl: string, username: string, password = demoPassword): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

export interface StaffApi {
  /** Fails the test unless the server answers 200. */
  get<T>(path: string): Promise<T>;
  /** A change with the CSRF token; fails the test unless the server answers 2xx. */
  post<T>(path: string, data: unknown): Promise<T>;
  /** Takes an action on the dossier at its current version; fails the test unless the server answers 200. */
  act(code: string, action: string, body?: Record<string, unknown>): Promise<void>;
}

/** A member of staff over the HTTP API: the session cookie from signing in, and its CSRF token on every change. */
export async function signInApi(baseUrl: string, username: string): Promise<StaffApi> {
  const login = await postLogin(baseUrl, username);
  expect(login.status, `signing in as ${username}: ${await login.clone().text()}`).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    expect(response.status, `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  };
  const { token } = await get<{ token: string }>('/api/auth/csrf');
  const send = (path: string, data: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
      body: JSON.stringify(data),
    });
  return {
    get,
    async post<T>(path: string, data: unknown) {
      const response = await send(path, data);
      expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
      return (await response.json()) as T;
    },
    async act(code, action, body = {}) {
      const path = `/api/dossiers/${encodeURIComponent(code)}`;
      const { version } = await get<{ version: number }>(path);
      const response = await send(`${path}/actions/${action}`, { version, ...body });
      expect(response.status, `${action}: ${await response.clone().text()}`).toBe(200);
    },
  };
}

export interface StaffPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors, see `collectErrors`. */
  errors: string[];
  id: number;
  fullName: string;
}

/**
 * A member of staff in a browser context of their own on an office screen: opens `path`, is sent to sign in,
 * signs in and comes back there.
 */
export async function signInPage(
  journey: Journey,
  username: string,
  path: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<StaffPage> {
  const context = await journey.newContext({
    viewport: office,
    locale: 'vi-VN',
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = collectErrors(page);
  await page.goto(`${journey.baseUrl}${path}`);
  await page.waitForURL(/\/dang-nhap\?next=/);
  await page.getByLabel(vi.signIn.username).fill(username);
  await page.getByLabel(vi.signIn.password).fill(demoPassword);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === path);
  const me = await page.request.get(`${journey.baseUrl}/api/auth/me`);
  const user = (await me.json()) as { id: number; fullName: string };
  return { context, page, errors, id: user.id, fullName: user.fullName };
}
