import styles from './CopyLinkButton.module.css';
import { useCopyLink } from './useCopyLink';

export interface CopyLinkButtonProps {
  /** The path the link points to, such as /nl/als-en-vitamine-b12 or /nl/#ref-6. */
  path: string;
  label: string;
}

/** A small chain-link button that copies the address of one place in the article. */
export function CopyLinkButton({ path, label }: CopyLinkButtonProps) {
  const copyLink = useCopyLink();
  return (
    <button type="button" className={styles.copy} aria-label={label} title={label} onClick={() => void copyLink(path)}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2L7.6 4.2M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l1.2-1.2"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
