/**
 * The comparison fields and their levels, strongest agreement first. Level order matters: estimated models are
 * made monotone along it (a stronger agreement never weighs less than a weaker one), see enforceMonotone().
 */
export const FIELD_LEVELS = {
  givenName: ['exact', 'close', 'nickname', 'swapped', 'fuzzy', 'initial', 'else'],
  familyName: ['exact', 'close', 'swapped', 'part', 'phonetic', 'fuzzy', 'else'],
  middleName: ['exact', 'initial', 'else'],
  birthDate: ['exact', 'dayMonthSwapped', 'oneEdit', 'withinMonth', 'yearOnly', 'withinYear', 'decadeOff', 'else'],
  sex: ['exact', 'else'],
  ssn: ['exact', 'last4', 'oneEdit', 'else'],
  streetAddress: ['exact', 'close', 'else'],
  city: ['exact', 'close', 'else'],
  postcode: ['exact', 'oneEdit', 'else'],
  state: ['exact', 'else'],
  email: ['exact', 'close', 'else'],
} as const satisfies Record<string, readonly string[]>;

export type FieldName = keyof typeof FIELD_LEVELS;
export const FIELD_NAMES = Object.keys(FIELD_LEVELS) as FieldName[];
export const FIELD_COUNT = FIELD_NAMES.length;
/** Fields whose exact level is adjusted by term frequency (common values count less). */
export const TF_FIELDS = ['givenName', 'familyName', 'city'] as const;
export type TfField = (typeof TF_FIELDS)[number];
