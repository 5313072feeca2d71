// English words of the new program and field activity dialogs (same keys as ar/staffDialogs.ts).
import type { Message } from '../plural';
import type { staffDialogs as ar } from '../ar/staffDialogs';

export const staffDialogs: Record<keyof typeof ar, Message> = {
  'menu.newProgram': 'New program',
  'menu.fieldActivity': 'Log a field activity',
  'sd.program.feeHint': '(0 = free)',
  'sd.program.conditionsHint': '(one condition per line)',
  'sd.program.save': 'Create the program',
  'sd.program.ok': 'Program {id} "{name}" created. Copy the registration link and the announcement to publish them.',
  'sd.activity.save': 'Log the activity',
  'sd.activity.ok': 'Logged "{kind}" at "{place}" on {date} in the "{tab}" tab.',
  'sd.activity.none': "The organisation's policy lists no field survey, supervisory visit or interview among its satisfaction methods.",
};
