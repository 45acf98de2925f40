export interface ConfidenceBadgeProps {
  /** The confidence level ('reported', 'analyst', 'rumor', 'vendorClaim', 'derived', 'placeholder'): styles the badge. */
  readonly level: string;
  /** The level's name in the user's language. */
  readonly label: string;
}

/**
 * A confidence badge. Each level has its own shape as well as colour (solid for a filing,
 * outlined for an estimate, dashed for a vendor claim, striped for a rumor, hatched for a
 * placeholder), so a rumor never looks like a filing, even in greyscale.
 */
export function ConfidenceBadge({ level, label }: ConfidenceBadgeProps) {
  return <span className={`confidence confidence--${level}`}>{label}</span>;
}
