import { useI18n } from '../i18n/i18n';
import { Notice } from '../ui/notice';
import { repairSentences } from './repair-text';
import { useSession } from './session-context';

/** Lines shown before "…and N more". */
const MAX_LINES = 8;

/** The non-blocking notice listing what an opened link or an imported file needed repaired. */
export function LinkNotice() {
  const { t, locale } = useI18n();
  const { notice, setNotice } = useSession();
  if (!notice || notice.repairs.length === 0) return null;
  const lines = repairSentences(t, locale, notice.repairs);
  const hidden = lines.length - MAX_LINES;
  return (
    <Notice
      title={t(notice.source === 'link' ? 'notice.linkTitle' : 'notice.importTitle')}
      intro={t('notice.intro')}
      items={lines.slice(0, MAX_LINES)}
      more={hidden > 0 ? t('notice.more', { count: hidden }) : undefined}
      dismissLabel={t('notice.dismiss')}
      onDismiss={() => setNotice(null)}
    />
  );
}
