// Stands in for the English catalog in an Arabic-only build (the default): t() falls back to Arabic.
// Build with MUSTAFID_LANGS=ar,en to ship English too (see README, "Languages").
import type { MessageKey } from './ar';
import type { Message } from './plural';

export const en = {} as Record<MessageKey, Message>;
