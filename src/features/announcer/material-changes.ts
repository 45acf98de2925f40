import type { MessageKey } from '../../i18n/en';

/** The facts whose change is worth saying aloud: the concentration band and the capacity gap. */
export interface MaterialState {
  readonly band: 'unconcentrated' | 'moderatelyConcentrated' | 'highlyConcentrated';
  readonly hhi: number;
  readonly overBudget: boolean;
}

export interface Announcement {
  readonly key: MessageKey;
  readonly values: Record<string, string | number>;
}

/**
 * What changed materially between two settled states (nothing for a step within a band),
 * in the order a listener needs it.
 */
export function materialChanges(
  before: MaterialState,
  after: MaterialState,
  formatHhi: (hhi: number) => string,
): Announcement[] {
  const out: Announcement[] = [];
  if (before.band !== after.band)
    out.push({ key: `announce.band.${after.band}`, values: { hhi: formatHhi(after.hhi) } });
  if (before.overBudget !== after.overBudget)
    out.push({ key: after.overBudget ? 'announce.gapOpened' : 'announce.gapClosed', values: {} });
  return out;
}
