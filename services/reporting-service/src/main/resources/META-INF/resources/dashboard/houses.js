// The six Erhvervshuse, as reference-data's houses.json names them. The API has no list of houses
// to read them from; a national token picks one of these.
export const HOUSES = [
  { id: 'nordjylland', name: 'Erhvervshus Nordjylland' },
  { id: 'midtjylland', name: 'Erhvervshus Midtjylland' },
  { id: 'sydjylland', name: 'Erhvervshus Sydjylland' },
  { id: 'fyn', name: 'Erhvervshus Fyn' },
  { id: 'sjaelland', name: 'Erhvervshus Sjælland' },
  { id: 'hovedstaden', name: 'Erhvervshus Hovedstaden' },
];

export function houseName(id) {
  const house = HOUSES.find((h) => h.id === id);
  return house ? house.name : id;
}
