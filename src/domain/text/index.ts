// Public API of the text domain: cleaning input, folding names, and checking and masking identity data.
export { toLatinDigits, cleanText, normalizeArabicName, splitList } from './normalize';
export {
  type NationalIdReason, type MobileReason, type EmailReason, type ValidationReason, type NationalIdResult,
  type MobileResult, type EmailResult, validateNationalId, validateMobile, validateEmail, maskNationalId, maskPhone,
  maskEmail,
} from './identity';
export { columnWidths } from './columnWidths';
