import styles from './Form.module.css';

interface SectorChoicesProps {
  legend: string;
  hint: string;
  sectors: { value: string; label: string }[];
  chosen: string[];
  error?: string;
}

/** The sectors as checkboxes named `sectors`, with their hint and error (the join and news forms). */
export function SectorChoices({ legend, hint, sectors, chosen, error }: SectorChoicesProps) {
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? 'field-sectors-error' : 'field-sectors-hint'}>
      <legend className={styles.legend}>{legend}</legend>
      <p id="field-sectors-hint" className={styles.hint}>
        {hint}
      </p>
      <div className={styles.choices}>
        {sectors.map((sector) => (
          <label key={sector.value} className={styles.choice}>
            <input type="checkbox" name="sectors" value={sector.value} defaultChecked={chosen.includes(sector.value)} /> {sector.label}
          </label>
        ))}
      </div>
      {error && (
        <p id="field-sectors-error" className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
