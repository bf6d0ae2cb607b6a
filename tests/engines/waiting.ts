import { expect } from 'vitest';
import type { EnginePage, InPage } from './engine';

/** Polls a condition in the page until it holds, or fails with the message after timeoutMs. */
export async function untilInPage(
  page: EnginePage,
  condition: InPage<[], boolean>,
  { timeoutMs, message }: { timeoutMs: number; message: string },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > deadline) throw new Error(`${message} (waited ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once React has hydrated the page: src/hydrateApp.tsx marks <html data-hydrated>. */
export function untilHydrated(page: EnginePage, timeoutMs = 10_000): Promise<void> {
  return untilInPage(page, () => document.documentElement.hasAttribute('data-hydrated'), {
    timeoutMs,
    message: 'The page never hydrated: <html> has no data-hydrated attribute',
  });
}

/** Resolves once the page has been laid out in full: src/layout/layOutInFull.ts marks <html data-laid-out-in-full>. */
export function untilLaidOutInFull(page: EnginePage, timeoutMs = 10_000): Promise<void> {
  return untilInPage(page, () => document.documentElement.hasAttribute('data-laid-out-in-full'), {
    timeoutMs,
    message: 'The page was never laid out in full: <html> has no data-laid-out-in-full attribute',
  });
}

/**
 * Reads the page until the reading is what the test waits for (what the reader sees once the page
 * has caught up: focus moving after a dialog renders, an article arriving after a redirect), or the
 * time is up, and returns the last reading for the test to assert on.
 */
export async function readUntil<Arg, Reading>(
  page: EnginePage,
  read: InPage<[Arg], Reading>,
  arg: Arg,
  isDone: (reading: Reading) => boolean,
  timeoutMs = 5_000,
): Promise<Reading> {
  const deadline = Date.now() + timeoutMs;
  let reading = await page.evaluate(read, arg);
  while (!isDone(reading) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    reading = await page.evaluate(read, arg);
  }
  return reading;
}

/** Reads the page until the reading has the expected values, then asserts it (with a diff if it never did). */
export async function expectEventually<Arg, Reading extends object>(
  page: EnginePage,
  read: InPage<[Arg], Reading>,
  arg: Arg,
  expected: Partial<Reading>,
  message: string,
): Promise<void> {
  const matches = (reading: Reading) =>
    Object.entries(expected).every(([key, value]) => JSON.stringify(reading[key as keyof Reading]) === JSON.stringify(value));
  expect(await readUntil(page, read, arg, matches), message).toMatchObject(expected);
}
