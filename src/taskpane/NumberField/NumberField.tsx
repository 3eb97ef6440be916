import { SpinButton, type SpinButtonChangeEvent, type SpinButtonOnChangeData } from '@fluentui/react-components';
import { parseNumber } from '../../engine';
import { useText } from '../hooks/useText';

export interface NumberFieldProps {
  /** Accessible name, e.g. "Gewicht Omzet". */
  readonly label: string;
  readonly value: number;
  readonly onValue: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly className?: string;
}

/**
 * A SpinButton for a number in the model. Typed text is read the way the user writes it
 * ("0,5" in Dutch, "0.5" in English) and clamped; text that is not a number is dropped and the
 * field shows the model's value again.
 */
export function NumberField({ label, value, onValue, min, max, step = 1, className }: NumberFieldProps): JSX.Element {
  const { lang } = useText();
  const onChange = (_e: SpinButtonChangeEvent, data: SpinButtonOnChangeData) => {
    let next = data.value ?? undefined;
    if (next === undefined && data.displayValue !== undefined) {
      const parsed = parseNumber(data.displayValue.replace(/%\s*$/, ''), lang);
      if (parsed.kind === 'number') next = parsed.value;
    }
    if (next === undefined || Number.isNaN(next)) return;
    if (min !== undefined) next = Math.max(min, next);
    if (max !== undefined) next = Math.min(max, next);
    if (next !== value) onValue(next);
  };
  return (
    <SpinButton aria-label={label} value={value} displayValue={lang === 'nl' ? String(value).replace('.', ',') : String(value)}
      min={min} max={max} step={step} precision={countDecimals(value, step)} onChange={onChange} className={className} />
  );
}

/** Enough decimals to show the value as typed (0,25) while whole-number steps stay whole. */
function countDecimals(value: number, step: number): number {
  const decimals = (n: number) => (Number.isInteger(n) ? 0 : Math.min(6, (String(n).split('.')[1] ?? '').length));
  return Math.max(decimals(value), decimals(step));
}
