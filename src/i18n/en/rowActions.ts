// English messages of the selected record's actions dialog (same keys as ar/rowActions.ts).
import type { Message } from '../plural';
import type { rowActions as ar } from '../ar/rowActions';

export const rowActions: Record<keyof typeof ar, Message> = {
  'menu.rowActions': 'Actions on the selected record',
  'ra.error.tab': 'Select a row in one of these tabs: {tabs}.',
  'ra.error.row': 'No record on the selected row of "{tab}": select a row with a number.',
  'ra.error.notNow': '"{command}" cannot be done while the record is "{status}".',
  'ra.error.number': 'Enter a valid number in "{field}".',
  'ra.error.tooLong': { count: 'max', one: "\"{field}\" is longer than 1 character.", other: "\"{field}\" is longer than {max} characters." },
  'ra.field.evidence': 'Evidence',
  'ra.field.reference': 'Ruling number',
  'ra.done.attendance': 'Attendance recorded: present {present}, absent {absent}.',
  'ra.done.report': 'Program report prepared: {url}',
  'ra.refresh': 'Selected row',
} as const;
