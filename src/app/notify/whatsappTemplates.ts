// The WhatsApp templates the product sends, as an organisation submits them to Meta for approval (category
// UTILITY, language ar): their names are in the profile (messaging.whatsapp.templates), their bodies in the
// catalog (`wa.body.<kind>`), their parameters' order here.
import type { WhatsAppTemplateKind } from '../../profiles/schema';
import { t, type Lang } from '../../i18n';

/** What fills {{1}}, {{2}}… of each template, in this order. */
export const WHATSAPP_TEMPLATE_PARAMS: Record<WhatsAppTemplateKind, string[]> = {
  acknowledgement: ['name', 'caseNo', 'due'],
  missing: ['name', 'caseNo', 'missing'],
  decision: ['name', 'caseNo', 'decision'],
  survey: ['name', 'link'],
  program: ['name', 'regNo', 'notice'],
  complaint: ['name', 'complaintNo', 'notice'],
};

/** The body to submit to Meta, with its {{n}} as they are (t() does not fill double braces). */
export function whatsappTemplateBody(kind: WhatsAppTemplateKind, lang: Lang = 'ar'): string {
  return t(`wa.body.${kind}`, {}, lang);
}
