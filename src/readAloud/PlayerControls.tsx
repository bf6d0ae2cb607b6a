import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { speeds, type Speed } from './readAloudSettings';
import styles from './ReadAloudPlayer.module.css';

export interface PlayerControlsProps {
  /** Receives the play/pause button, which takes focus when the player opens. */
  firstControl: (button: HTMLButtonElement | null) => void;
  playing: boolean;
  onPlayPause: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onStop: () => void;
  speed: Speed;
  onSpeed: (speed: Speed) => void;
  voices: readonly SpeechSynthesisVoice[];
  voiceURI: string | undefined;
  onVoice: (voiceURI: string) => void;
  withReferences: boolean;
  onWithReferences: (withReferences: boolean) => void;
}

const icons = {
  previous: 'M5 4v12M16 4 8 10l8 6z',
  play: 'M6 4v12l10-6z',
  pause: 'M6 4h3v12H6zM11 4h3v12h-3z',
  next: 'M15 4v12M4 4l8 6-8 6z',
  stop: 'M5 5h10v10H5z',
};

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={path} fill="currentColor" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

/** The player's buttons and choices: each a real control with its name on it, 44 px at least. */
export function PlayerControls({ firstControl, ...props }: PlayerControlsProps) {
  const { t } = useTranslation();
  const speedId = useId();
  const voiceId = useId();
  const referencesId = useId();
  const formatSpeed = new Intl.NumberFormat(t('language.formattingLocale'), { maximumFractionDigits: 2 });
  return (
    <div className={styles.controls}>
      <div className={styles.buttons}>
        <button type="button" className={styles.button} onClick={props.onPrevious}>
          <Icon path={icons.previous} />
          {t('readAloud.previous')}
        </button>
        <button ref={firstControl} type="button" className={styles.button} onClick={props.onPlayPause}>
          <Icon path={props.playing ? icons.pause : icons.play} />
          {props.playing ? t('readAloud.pause') : t('readAloud.play')}
        </button>
        <button type="button" className={styles.button} onClick={props.onNext}>
          <Icon path={icons.next} />
          {t('readAloud.next')}
        </button>
        <button type="button" className={styles.button} onClick={props.onStop}>
          <Icon path={icons.stop} />
          {t('readAloud.stop')}
        </button>
      </div>
      <div className={styles.choices}>
        <span className={styles.choice}>
          <label htmlFor={speedId}>{t('readAloud.speed')}</label>
          <select id={speedId} className={styles.select} value={props.speed} onChange={(event) => props.onSpeed(Number(event.target.value) as Speed)}>
            {speeds.map((speed) => (
              <option key={speed} value={speed}>
                {t('readAloud.speedValue', { speed: formatSpeed.format(speed) })}
              </option>
            ))}
          </select>
        </span>
        {props.voices.length > 1 ? (
          <span className={styles.choice}>
            <label htmlFor={voiceId}>{t('readAloud.voice')}</label>
            <select id={voiceId} className={styles.select} value={props.voiceURI} onChange={(event) => props.onVoice(event.target.value)}>
              {props.voices.map((voice) => (
                <option key={voice.voiceURI} value={voice.voiceURI}>
                  {voice.name}
                </option>
              ))}
            </select>
          </span>
        ) : null}
        <span className={styles.choice}>
          <input
            id={referencesId}
            type="checkbox"
            className={styles.checkbox}
            checked={props.withReferences}
            onChange={(event) => props.onWithReferences(event.target.checked)}
          />
          <label htmlFor={referencesId}>{t('readAloud.withReferences')}</label>
        </span>
      </div>
    </div>
  );
}
