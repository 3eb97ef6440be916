import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme, type Theme } from '@fluentui/react-components';
import { textsFor, type Lang } from '../../i18n/catalog';
import type { ClientInfo, RequirementSet } from '../host/requirements';

export interface UnsupportedProps {
  readonly lang: Lang;
  readonly missing: readonly RequirementSet[];
  readonly client?: ClientInfo;
  readonly theme?: Theme;
}

/** Shown instead of the pane when this Excel lacks a required API set: what is missing, and why it matters. */
export function Unsupported({ lang, missing, client, theme = webLightTheme }: UnsupportedProps): JSX.Element {
  const { t } = textsFor(lang);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <main style={{ padding: 12 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('host.unsupported.title')}</MessageBarTitle>
            <p>{t('host.unsupported.body')}</p>
            <ul>
              {missing.map((s) => (
                <li key={s.name}>
                  {t('host.unsupported.missing', { set: s.name, version: s.version, purpose: t(`host.requirement.${s.name}`) })}
                </li>
              ))}
            </ul>
            {client && <p>{t('host.unsupported.client', { ...client })}</p>}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
