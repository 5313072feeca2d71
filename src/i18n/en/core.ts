// English messages of the app shell (same keys as ar/core.ts; the compiler checks them).
import type { Message } from '../plural';
import type { core as arCore } from '../ar/core';

export const core: Record<keyof typeof arCore, Message> = {
  'menu.title': 'Mustafid',
  'menu.about': 'About Mustafid',
  'about.body': 'Mustafid {version}: the Beneficiary Relations Policy on Google Workspace.',
  'card.home.title': 'Mustafid',
  'card.home.subtitle': 'Beneficiary relations',
};
