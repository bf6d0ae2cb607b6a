import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import styles from './Announcer.module.css';

const shownMs = 4000;

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * One polite live region per page: what it says is read aloud by screen readers and shown for a
 * moment, so "Link copied" reaches every reader.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef(0);
  const announce = useCallback((next: string) => {
    window.clearTimeout(timer.current);
    // Cleared first, so the same words twice are announced twice.
    setMessage('');
    window.requestAnimationFrame(() => setMessage(next));
    timer.current = window.setTimeout(() => setMessage(''), shownMs);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className={message ? styles.toast : 'visually-hidden'}>
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
