// The WhatsApp templates the product sends, as an organisation submits them to Meta for approval (category
// UTILITY, language ar): their names are in the profile (messaging.whatsapp.templates), their bodies here.
import type { WhatsAppTemplateKind } from '../../profiles/schema';

/** {{1}}, {{2}}… are the parameters the outbox fills in, in this order. */
export const WHATSAPP_TEMPLATE_BODIES: Record<WhatsAppTemplateKind, { params: string[]; body: string }> = {
  acknowledgement: {
    params: ['name', 'caseNo', 'due'],
    body: 'مرحبًا {{1}}، استلمنا طلبك وسُجّل برقم {{2}}. سنرد عليك في موعد أقصاه {{3}}.',
  },
  missing: {
    params: ['name', 'caseNo', 'missing'],
    body: 'مرحبًا {{1}}، طلبك رقم {{2}} ينقصه: {{3}}. أكمله من الرابط الذي وصلك أو تواصل معنا.',
  },
  decision: {
    params: ['name', 'caseNo', 'decision'],
    body: 'مرحبًا {{1}}، صدر قرار طلبك رقم {{2}}: {{3}}. للاستفسار تواصل مع مسؤول التواصل.',
  },
  survey: {
    params: ['name', 'link'],
    body: 'مرحبًا {{1}}، يسعدنا رأيك في خدمتنا عبر هذا الرابط: {{2}}',
  },
};
