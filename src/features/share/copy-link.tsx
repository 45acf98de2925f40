import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useScenarioStoreApi } from '../../store/context';
import { linkFor } from '../../store/url-sync';
import { Dialog } from '../../ui/dialog';

/** The full share link for the store's current state (not the debounced address bar). */
export function useShareLink(): () => string {
  const store = useScenarioStoreApi();
  return () => {
    const { origin, pathname } = window.location;
    return `${origin}${pathname}?${linkFor(store.getState())}`;
  };
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A read-only, pre-selected field holding the link, for when the clipboard is not available. */
function LinkFallback({ link, onClose }: { link: string; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.select(), []);
  return (
    <Dialog title={t('share.copyFallbackTitle')} onClose={onClose} closeLabel={t('dialog.close')}>
      <p>{t('share.copyFallbackHint')}</p>
      <label className="field">
        <span className="field__label">{t('share.linkField')}</span>
        <input
          ref={ref}
          data-autofocus
          className="field__input field__input--mono"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
    </Dialog>
  );
}

/** Copies the share link: Clipboard API, else a selected read-only field to copy from. */
export function useCopyLink() {
  const shareLink = useShareLink();
  const [status, setStatus] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const { t } = useI18n();
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    const link = shareLink();
    if (await writeClipboard(link)) setStatus(t('share.copied'));
    else setFallback(link);
  };
  const view = (
    <>
      <span className="copy-status" role="status">
        {status}
      </span>
      {fallback ? <LinkFallback link={fallback} onClose={() => setFallback(null)} /> : null}
    </>
  );
  return { copy, view };
}
