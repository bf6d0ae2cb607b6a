import { useTranslation } from 'react-i18next';
import { requestReading, useAvailability } from './readingRequest';
import { SpeakerIcon } from './SpeakerIcon';
import styles from './ListenButton.module.css';

export interface ListenFromHereProps {
  section: string;
  /** The section's heading, to name the button. */
  heading: string;
}

/** The speaker beside a section's heading: reads aloud from this section on. */
export function ListenFromHere({ section, heading }: ListenFromHereProps) {
  const { t } = useTranslation();
  if (useAvailability() === 'none') return null;
  const label = t('readAloud.listenFromHere', { section: heading });
  return (
    <button type="button" className={styles.fromHere} aria-label={label} title={label} onClick={() => requestReading(section)}>
      <SpeakerIcon />
    </button>
  );
}
