/** "(310) 555-0100" → "tel:+13105550100", so phones dial from any country. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `tel:+${digits.length === 10 ? `1${digits}` : digits}`;
}
