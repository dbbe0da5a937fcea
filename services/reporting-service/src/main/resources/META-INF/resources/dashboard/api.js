// The goals API of this same service, every call with the bearer token.
import { token } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) ? (problem.detail || problem.title) : `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function housePath(house, year) {
  return `/api/v1/houses/${encodeURIComponent(house)}/years/${encodeURIComponent(year)}`;
}

function query(params) {
  const search = new URLSearchParams();
  Object.entries(params || {}).forEach(([key, value]) => { if (value) search.set(key, value); });
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function getJson(path, params, signal) {
  const response = await fetch(path + query(params), {
    headers: { Authorization: `Bearer ${token()}`, Accept: 'application/json' },
    signal,
  });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (e) { /* not a problem document */ }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

export function goals(house, year, when) {
  return getJson(`${housePath(house, year)}/goals`, when);
}

export function goal(house, year, goalId, when) {
  return getJson(`${housePath(house, year)}/goals/${encodeURIComponent(goalId)}`, when);
}

export function municipalities(house, year, when) {
  return getJson(`${housePath(house, year)}/municipalities`, when);
}

export function streamPath(house, year) {
  return `${housePath(house, year)}/goals/stream`;
}
