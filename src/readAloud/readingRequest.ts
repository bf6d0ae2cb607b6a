import { useSyncExternalStore } from 'react';
import type { VoicesStatus } from './useVoices';

/**
 * A reader's request to listen, shared by the button near the title, which owns the player, and the
 * "listen from here" button of each section, which only asks. Module state, as the page has one
 * article and one player at a time.
 */
export interface ReadingRequest {
  /** Counts the requests, so that asking again while reading starts afresh where asked. */
  id: number;
  /** Where to start: a section, or null for the beginning. */
  section: string | null;
  /** What had focus when the reader asked, to return to when the player closes. */
  returnFocusTo: HTMLElement | null;
}

let request: ReadingRequest | null = null;
let requests = 0;
let availability: VoicesStatus = 'unknown';
const listeners = new Set<() => void>();

function publish(next: ReadingRequest | null) {
  request = next;
  listeners.forEach((listener) => listener());
}

/** Whether the browser has a voice for the page's language, as the button near the title found. */
export function setAvailability(status: VoicesStatus): void {
  if (status === availability) return;
  availability = status;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function requestReading(section: string | null): void {
  const active = document.activeElement;
  requests += 1;
  publish({ id: requests, section, returnFocusTo: active instanceof HTMLElement && active !== document.body ? active : null });
}

export function endReading(): void {
  if (request) publish(null);
}

export function useReadingRequest(): ReadingRequest | null {
  return useSyncExternalStore(
    subscribe,
    () => request,
    () => null,
  );
}

export function useAvailability(): VoicesStatus {
  return useSyncExternalStore(
    subscribe,
    () => availability,
    () => 'unknown',
  );
}
