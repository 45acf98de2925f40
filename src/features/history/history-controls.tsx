import { useI18n } from '../../i18n/i18n';
import { useScenarioStore } from '../../store/context';
import {
  selectCanRedo,
  selectCanUndo,
  selectPresetSlug,
  selectRedo,
  selectResetAll,
  selectUndo,
} from '../../store/selectors';
import { useHistoryShortcuts } from './use-history-shortcuts';

/** Undo, redo (also Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z) and reset to the loaded preset or the defaults. */
export function HistoryControls() {
  const { t } = useI18n();
  const undo = useScenarioStore(selectUndo);
  const redo = useScenarioStore(selectRedo);
  const canUndo = useScenarioStore(selectCanUndo);
  const canRedo = useScenarioStore(selectCanRedo);
  const resetAll = useScenarioStore(selectResetAll);
  const preset = useScenarioStore(selectPresetSlug);
  useHistoryShortcuts(undo, redo);
  return (
    <div className="history" role="group" aria-label={t('history.label')}>
      <button
        type="button"
        className="button"
        aria-disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('history.undoHint')}
        onClick={() => canUndo && undo()}
      >
        <span aria-hidden="true">↶ </span>
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="button"
        aria-disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={t('history.redoHint')}
        onClick={() => canRedo && redo()}
      >
        <span aria-hidden="true">↷ </span>
        {t('history.redo')}
      </button>
      <button type="button" className="button" onClick={resetAll}>
        {preset ? t('history.resetPreset') : t('history.resetDefaults')}
      </button>
    </div>
  );
}
