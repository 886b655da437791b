// PROVISIONAL hand-set parameters (not yet trained); replaced by scripts/train-default-model.ts.
import type { LinkageModel } from '../types.js';

export const TRAINED_MODEL: LinkageModel = {
  version: '0.0.0-provisional',
  prior: 2e-4,
  provenance: 'hand-set starting values, not estimated from data',
  fields: {
    givenName: { exact: { m: 0.85, u: 0.01 }, close: { m: 0.06, u: 0.002 }, nickname: { m: 0.02, u: 0.001 }, swapped: { m: 0.01, u: 0.0001 }, fuzzy: { m: 0.03, u: 0.02 }, initial: { m: 0.01, u: 0.02 }, else: { m: 0.02, u: 0.947 } },
    familyName: { exact: { m: 0.85, u: 0.005 }, close: { m: 0.07, u: 0.001 }, swapped: { m: 0.01, u: 0.0001 }, part: { m: 0.01, u: 0.0005 }, phonetic: { m: 0.02, u: 0.005 }, fuzzy: { m: 0.02, u: 0.02 }, else: { m: 0.02, u: 0.968 } },
    middleName: { exact: { m: 0.8, u: 0.05 }, initial: { m: 0.1, u: 0.05 }, else: { m: 0.1, u: 0.9 } },
    birthDate: { exact: { m: 0.85, u: 0.0001 }, dayMonthSwapped: { m: 0.02, u: 0.00001 }, oneEdit: { m: 0.06, u: 0.002 }, withinMonth: { m: 0.01, u: 0.001 }, yearOnly: { m: 0.9, u: 0.015 }, withinYear: { m: 0.02, u: 0.012 }, else: { m: 0.04, u: 0.985 } },
    sex: { exact: { m: 0.98, u: 0.5 }, else: { m: 0.02, u: 0.5 } },
    ssn: { exact: { m: 0.85, u: 0.00001 }, last4: { m: 0.9, u: 0.0001 }, oneEdit: { m: 0.08, u: 0.0001 }, else: { m: 0.07, u: 0.9998 } },
    streetAddress: { exact: { m: 0.7, u: 0.0005 }, close: { m: 0.15, u: 0.005 }, else: { m: 0.15, u: 0.9945 } },
    city: { exact: { m: 0.8, u: 0.05 }, close: { m: 0.1, u: 0.01 }, else: { m: 0.1, u: 0.94 } },
    postcode: { exact: { m: 0.8, u: 0.005 }, oneEdit: { m: 0.1, u: 0.02 }, else: { m: 0.1, u: 0.975 } },
    state: { exact: { m: 0.9, u: 0.3 }, else: { m: 0.1, u: 0.7 } },
    email: { exact: { m: 0.8, u: 0.0001 }, close: { m: 0.15, u: 0.0005 }, else: { m: 0.05, u: 0.9994 } },
  },
};

export const TRAINED_THRESHOLD = 0.9;
