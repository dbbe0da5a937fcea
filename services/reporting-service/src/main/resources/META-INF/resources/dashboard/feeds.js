// Which feeds of the answer's `freshness` a goal reads: the API names them with each goal (`feeds`).
export function feedsOf(goal) {
  return goal.feeds || [];
}

/** The newest recorded time among a goal's feeds, or null before any of them has data. */
export function newestOf(goal, freshness) {
  return feedsOf(goal)
    .map((feed) => freshness && freshness[feed] && freshness[feed].newestRecordedAt)
    .filter(Boolean)
    .sort()
    .pop() || null;
}
