// The bearer token: taken from the URL fragment (#token=..., which the browser never sends to the
// server), kept in this tab's sessionStorage, and removed from the address bar at once.
const STORAGE_KEY = 'erhvervshus.token';

export function takeTokenFromFragment() {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(STORAGE_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
}

export function token() {
  return sessionStorage.getItem(STORAGE_KEY);
}

export function forgetToken() {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The token's claims, read (not verified: the API verifies) to preselect the house. */
export function claims() {
  const jwt = token();
  if (!jwt) {
    return null;
  }
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(payload), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    const parsed = JSON.parse(json);
    return { house: parsed.house || null, groups: parsed.groups || [], national: (parsed.groups || []).includes('national') };
  } catch (e) {
    return { house: null, groups: [], national: false };
  }
}
