/**
 * The elements a recruitment lure is built from (indicators.md §1b). One element alone is common in honest ads;
 * several distinct ones together are the shape of a lure, so the verdict counts elements, not flags.
 */
export const LURE_ELEMENTS = [
  'abroad-destination',
  'implausible-pay',
  'no-experience',
  'travel-paid',
  'messenger-only-contact',
  'debt-relief',
  'documents',
  'urgency',
  'reassurance',
  'secrecy',
  'age-or-gender-target',
  'typical-role',
  'task-scam-mechanics',
  'illegal-work-hint',
  'upfront-fee',
] as const;
export type LureElement = (typeof LURE_ELEMENTS)[number];

/**
 * The families of job scam that NGOs and researchers count apart. `scam-compound` is trafficking recruitment; the
 * others are recruitment fraud (the applicant loses money, data or their name, or is drawn into a crime).
 */
export const SCAM_FAMILIES = [
  'scam-compound',
  'task-scam',
  'reshipping',
  'cheque-overpayment',
  'money-mule',
  'data-harvest',
  'upfront-fee',
  'crypto-investment',
  'crime-recruitment',
  'debt-relief',
  'account-lending',
] as const;
export type ScamFamily = (typeof SCAM_FAMILIES)[number];
