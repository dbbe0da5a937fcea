// Which feeds of the answer's `freshness` a goal reads. The goals answer names a goal's source as
// the catalogue's `feed` text, not as freshness keys; this mirrors reporting-service's Feed.readBy
// from that text (survey goals also read courses, for their data check; goal 4 the referrals too).
export function feedsOf(goal) {
  const source = (goal.feed || '').toLowerCase();
  if (source.includes('kendskab') || source.includes('awareness')) return ['awareness'];
  if (source.includes('registerdata') || source.includes('cohort')) return ['cohorts', 'register-figures'];
  if (source.includes('brugerevaluering') || source.includes('user evaluation')) {
    return goal.contractGoal === 4 ? ['user-evaluation', 'guidance', 'referrals'] : ['user-evaluation', 'guidance'];
  }
  return ['guidance'];
}

/** The newest recorded time among a goal's feeds, or null before any of them has data. */
export function newestOf(goal, freshness) {
  return feedsOf(goal)
    .map((feed) => freshness && freshness[feed] && freshness[feed].newestRecordedAt)
    .filter(Boolean)
    .sort()
    .pop() || null;
}
