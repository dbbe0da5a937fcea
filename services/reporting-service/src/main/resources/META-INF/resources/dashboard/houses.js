// The houses the token may read and the years each has a goal catalogue for, as the API lists them
// (GET /api/v1/houses for a national token, GET /api/v1/houses/{house} for one confined to a house).
// Read once when the page starts.
import { getJson } from './api.js';

let known = [];

export async function loadHouses(who) {
  known = who.national && !who.house
    ? (await getJson('/api/v1/houses')).houses
    : [await getJson(`/api/v1/houses/${encodeURIComponent(who.house)}`)];
  return known;
}

export function houses() {
  return known;
}

export function houseName(id) {
  const house = known.find((h) => h.id === id);
  return house ? house.name : id;
}

/** The house's years with a goal catalogue, oldest first. */
export function yearsOf(id) {
  const house = known.find((h) => h.id === id);
  return house ? house.years : [];
}
