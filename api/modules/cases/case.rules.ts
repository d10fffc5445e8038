import { badInput } from '../../core/errors/domain-error';

/** Photos only, in the formats phones produce. */
export const ATTACHMENT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Enough for a few angles of a leak or a wall; more is a gallery, not evidence. */
export const MAX_ATTACHMENTS_PER_CASE = 9;

export interface AttachmentData {
  /** An https url or an object-storage key (no bytes pass through the API). */
  reference: string;
  contentType: string;
  sizeBytes: number;
}

const REFERENCE = /^(https:\/\/[^\s]{1,990}|[A-Za-z0-9][A-Za-z0-9._\-/]{0,499})$/;

/**
 * Checks photos before anything is stored: BAD_USER_INPUT naming the offending field
 * (`attachments.2.sizeBytes`), so a client can point at the photo.
 */
export function assertAttachments(list: readonly AttachmentData[], already: number, field: string): void {
  if (already + list.length > MAX_ATTACHMENTS_PER_CASE) {
    throw badInput(field, `A case has at most ${MAX_ATTACHMENTS_PER_CASE} photos (it has ${already}).`);
  }
  list.forEach((a, i) => {
    const at = `${field}.${i}`;
    if (!REFERENCE.test(a.reference ?? '')) {
      throw badInput(`${at}.reference`, 'reference must be an https url or a storage key.');
    }
    if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(a.contentType?.toLowerCase())) {
      throw badInput(
        `${at}.contentType`,
        `contentType must be one of ${ATTACHMENT_CONTENT_TYPES.join(', ')} (got "${a.contentType}").`,
      );
    }
    if (!Number.isInteger(a.sizeBytes) || a.sizeBytes <= 0 || a.sizeBytes > MAX_ATTACHMENT_BYTES) {
      throw badInput(`${at}.sizeBytes`, `sizeBytes must be between 1 and ${MAX_ATTACHMENT_BYTES} (10 MiB).`);
    }
  });
}

/** A satisfaction rating (满意度) is a whole number 1–5. */
export function assertRating(field: string, rating: number | null | undefined): void {
  if (rating == null || !Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw badInput(field, `${field} must be a whole number from 1 to 5.`);
  }
}
