/** The largest contact submission accepted: the form's fields fit in a few kilobytes; 64 KB leaves room for multipart framing. */
export const CONTACT_BODY_LIMIT_BYTES = 64 * 1024;
