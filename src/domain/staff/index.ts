// Staff sign-off (RS) and beneficiary data updates (IN-3): who must still sign, reminders, and safe matching of updates.
export * from './signoff';
export * from './beneficiaryUpdate';
