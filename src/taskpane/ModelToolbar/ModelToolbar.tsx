import { Button, Field, Select } from '@fluentui/react-components';
import { Suspense, useRef, useState, type ChangeEvent, type Dispatch } from 'react';
import { parseModelJson, presetModel, PRESET_IDS, type PresetId, type ScoringModel } from '../../engine';
import type { ModelAction } from '../model/modelReducer';
import { errorNotice, type Notice } from '../model/notice';
import { useText } from '../hooks/useText';
import { LazyExportText } from '../Lazy';
import { useHost } from '../host/paneHost';
import { downloadModel, modelFileName, modelJsonText, readModelText } from './modelFile';
import { useModelToolbarStyles } from './useModelToolbarStyles';

export interface ModelToolbarProps {
  /** The model to export; only a valid model can be exported. */
  readonly validModel?: ScoringModel;
  readonly dispatch: Dispatch<ModelAction>;
  readonly onNotice: (notice: Notice) => void;
}

/** Start from a preset, or move a model between workbooks and colleagues as a .json file. */
export function ModelToolbar({ validModel, dispatch, onNotice }: ModelToolbarProps): JSX.Element {
  const styles = useModelToolbarStyles();
  const text = useText();
  const { t } = text;
  const fileInput = useRef<HTMLInputElement>(null);
  const { canDownloadFiles } = useHost();
  /** The model shown as text for copying (where downloads do not work, or on request). */
  const [asText, setAsText] = useState<
    { readonly model: ScoringModel; readonly hintKey: 'host.exportText.noDownload' | 'host.exportText.hint' } | undefined
  >();

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const decoded = await readModelText(file);
      const v = decoded.ok ? parseModelJson(decoded.text) : { ok: false as const, errors: [decoded.error], warnings: [] };
      if (!v.ok) {
        onNotice({
          source: 'modelFile',
          intent: 'error',
          title: t('ui.model.importFailed', { file: file.name }),
          lines: v.errors.map(text.message),
        });
        return;
      }
      dispatch({ type: 'replace', model: v.model });
      onNotice({
        source: 'modelFile',
        intent: v.warnings.length > 0 ? 'warning' : 'success',
        title: t('ui.model.imported', { name: v.model.name }),
        lines: v.warnings.map(text.message),
      });
    } catch (error) {
      onNotice(errorNotice(text, 'modelFile', 'ui.model.importFailedGeneric', error));
    } finally {
      // Choosing the same file again after fixing it must trigger a new import.
      input.value = '';
    }
  };

  const applyPreset = (id: PresetId) => {
    dispatch({ type: 'replace', model: presetModel(id) });
    onNotice({ source: 'modelFile', intent: 'info', title: t('ui.model.presetApplied', { name: t(`ui.preset.${id}`) }), lines: [] });
  };

  const exportModel = () => {
    if (!validModel) return;
    // Excel for Mac and iPad ignore a Blob download: show the text to copy instead of doing nothing.
    if (!canDownloadFiles) {
      setAsText({ model: validModel, hintKey: 'host.exportText.noDownload' });
      return;
    }
    try {
      downloadModel(validModel);
    } catch (error) {
      onNotice(errorNotice(text, 'modelFile', 'ui.model.exportFailed', error));
    }
  };

  return (
    <div className={styles.root}>
      <Field label={t('ui.model.preset')} className={styles.preset}>
        <Select
          className={styles.presetSelect}
          value=""
          onChange={(_e, data) => {
            if (data.value) applyPreset(data.value as PresetId);
          }}
        >
          <option value="">{t('ui.model.presetChoose')}</option>
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`ui.preset.${id}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={exportModel} disabled={!validModel}>
        {t('ui.model.export')}
      </Button>
      {canDownloadFiles && (
        <Button
          onClick={() => {
            if (validModel) setAsText({ model: validModel, hintKey: 'host.exportText.hint' });
          }}
          disabled={!validModel}
        >
          {t('host.exportText.button')}
        </Button>
      )}
      <Button onClick={() => fileInput.current?.click()}>{t('ui.model.import')}</Button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className={styles.file}
        tabIndex={-1}
        aria-label={t('ui.model.file')}
        onChange={(e) => {
          void importFile(e);
        }}
      />
      {asText && (
        <div className={styles.exportText}>
          <Suspense fallback={null}>
            <LazyExportText
              fileName={modelFileName(asText.model)}
              text={modelJsonText(asText.model)}
              hint={t(asText.hintKey, { file: modelFileName(asText.model) })}
              onClose={() => setAsText(undefined)}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}
