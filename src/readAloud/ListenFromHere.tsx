import { useTranslation } from 'react-i18next';
import { requestReading, useAvailability } from './readingRequest';
import { SpeakerIcon } from './SpeakerIcon';
import styles from './ListenButton.module.css';

export interface ListenFromHereProps {
  section: string;
  /** The section's heading, to name the button. */
  heading: string;
}

/**
 * The speaker beside a section's heading: reads aloud from this section on. It appears only once the
 * browser has listed a voice for the language, as a button that vanished under a keyboard reader's
 * focus would drop them back at the top of the page.
 */
export function ListenFromHere({ section, heading }: ListenFromHereProps) {
  const { t } = useTranslation();
  if (useAvailability() !== 'ready') return null;
  const label = t('readAloud.listenFromHere', { section: heading });
  return (
    <button type="button" className={styles.fromHere} aria-label={label} title={label} onClick={() => requestReading(section)}>
      <SpeakerIcon />
    </button>
  );
}
