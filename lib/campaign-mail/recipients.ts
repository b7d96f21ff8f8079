/** The outbox template of campaign mail: its rows name a signature and a message, never an address. */
export const CAMPAIGN_TEMPLATE = "campaign-message";

// Who may get campaign mail, in one place for the count staff see, the queue and the
// last check before each mail leaves: a confirmed, unsuspected signature of this
// petition whose signer ticked "Contact me", still holds an address (unsubscribing
// and erasure delete it) and is not on the suppression list (bounces).
export const RECIPIENT_CONDITIONS = (s: string) => `
      ${s}."status" = 'CONFIRMED'
  AND ${s}."contactOptIn"
  AND ${s}."emailEncrypted" IS NOT NULL
  AND NOT ${s}."suspect"
  AND ${s}."anonymisedAt" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "MailSuppression" x WHERE x."addressHash" = ${s}."emailHash")`;

/** The mail's language: the one the signer signed in. */
export const RECIPIENT_LOCALE = (s: string) =>
  `CASE WHEN ${s}."locale" IN ('az', 'ru') THEN ${s}."locale" ELSE 'en' END`;
