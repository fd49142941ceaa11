/** Mali's regions as the services code them (@relais/contracts REGIONS); the web app does not import server code. */
export const REGIONS = [
  'kayes', 'koulikoro', 'sikasso', 'segou', 'mopti', 'tombouctou', 'gao', 'kidal', 'taoudenit', 'menaka',
  'nioro', 'kita', 'dioila', 'nara', 'bougouni', 'koutiala', 'san', 'douentza', 'bandiagara', 'bamako',
] as const;
