import { Text } from '@fluentui/react-components';
import type { IdealClientProfile } from '../../engine';
import { useText } from '../hooks/useText';
import { useContactPlanStyles } from './useContactPlanStyles';

/** Values shown: those clearly more common among the top class (lift above 1). */
const SHOWN = 5;

/** What the top-class clients have in common: the most typical category values and the medians. */
export function IdealClient({ profile }: { readonly profile: IdealClientProfile }): JSX.Element {
  const styles = useContactPlanStyles();
  const text = useText();
  const { t } = text;
  const label = profile.label;
  const typical = profile.categories
    .flatMap((c) => c.values.filter((v) => v.lift > 1).map((v) => ({ column: c.column, ...v })))
    .sort((a, b) => b.lift - a.lift)
    .slice(0, SHOWN);
  return (
    <section aria-label={t('ideal.title', { label })} className={styles.block}>
      <Text weight="semibold">{t('ideal.title', { label })}</Text>
      <Text>
        {t('ui.ideal.revenue', {
          label,
          top: text.money(profile.medianRevenue.top),
          all: text.money(profile.medianRevenue.all),
        })}
      </Text>
      {Number.isFinite(profile.medianHours.all) && (
        <Text>
          {t('ui.ideal.hours', {
            label,
            top: text.number(profile.medianHours.top, 0),
            all: text.number(profile.medianHours.all, 0),
          })}
        </Text>
      )}
      {typical.length > 0 ? (
        <ul className={styles.list}>
          {typical.map((v) => (
            <li key={`${v.column}|${v.value}`}>
              {t('ui.ideal.value', {
                column: v.column,
                value: v.value,
                label,
                top: text.percent(v.topShare),
                all: text.percent(v.allShare),
                lift: text.number(v.lift, 2),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <Text>{t('ui.ideal.none')}</Text>
      )}
    </section>
  );
}
