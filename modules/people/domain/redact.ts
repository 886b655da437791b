import { suppressesContact } from './flags.js';
import type { PersonDetail } from './person.js';

/**
 * Family-violence suppression, applied to every PersonDetail before it leaves the module (screen, API,
 * documents): a viewer who may not see protected contact details gets no addresses and no employers.
 * Other flags restrict who may open the record at all, but do not hide the address from those who may.
 */
export function redactForViewer(detail: PersonDetail, maySeeProtected: boolean): PersonDetail {
  if (maySeeProtected || !suppressesContact(detail.flags)) {
    return { ...detail, addressSuppressed: false, employerSuppressed: false };
  }
  return {
    ...detail,
    addresses: [],
    addressSuppressed: true,
    contacts: detail.contacts.filter((c) => c.kind !== 'employer'),
    employerSuppressed: true,
  };
}
