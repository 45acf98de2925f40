import { useI18n } from '../../i18n/i18n';
import { useScenarioStoreApi } from '../../store/context';
import { MenuButton } from '../../ui/menu-button';
import { useCopyLink } from './copy-link';
import { downloadScenarioFile, scenarioFile } from './scenario-files';
import { useScenarioImport, type ImportHandlers } from './use-scenario-import';

/**
 * The header's sharing controls: a "Copy link" button and a Share menu (copy, download
 * or import a scenario file, saved scenarios).
 */
export function ShareControls({ onOpenSaved, ...handlers }: ImportHandlers & { onOpenSaved: () => void }) {
  const { t } = useI18n();
  const store = useScenarioStoreApi();
  const { copy, view } = useCopyLink();
  const importer = useScenarioImport(handlers);
  const exportCurrent = () => {
    const { scenario, view: v } = store.getState();
    const name = v.preset ?? 'compute-scenario';
    downloadScenarioFile(scenarioFile(scenario, name, v.preset, new Date()));
  };
  return (
    <div className="share-controls">
      <MenuButton
        label={t('actions.share')}
        items={[
          { id: 'copy', label: t('actions.copyLink'), onSelect: () => void copy() },
          { id: 'export', label: t('share.exportJson'), onSelect: exportCurrent },
          { id: 'import', label: t('share.importJson'), onSelect: importer.choose },
          { id: 'saved', label: t('share.savedScenarios'), onSelect: onOpenSaved },
        ]}
      />
      <button type="button" className="button button--primary" onClick={() => void copy()}>
        {t('actions.copyLink')}
      </button>
      {importer.input}
      {view}
      {importer.error ? (
        <p className="share-controls__error" role="alert">
          {importer.error}{' '}
          <button type="button" className="button button--quiet" onClick={importer.clearError}>
            {t('notice.dismiss')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
