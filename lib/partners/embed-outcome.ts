import type { SignOutcome } from "@/lib/petition/sign-petition";

/** Where an embedded form's post lands (/petition/with/<code>/<outcome>): a word, never the signer's data. */
export const EMBED_OUTCOMES = ["sent", "fix", "consent", "closed", "unavailable"] as const;
export type EmbedOutcome = (typeof EMBED_OUTCOMES)[number];

export function embedOutcomeOf(outcome: SignOutcome): EmbedOutcome {
  switch (outcome.status) {
    case "accepted":
      return "sent";
    case "invalid":
      return outcome.formError === "consentChanged" ? "consent" : "fix";
    // An embedded form is never asked for proof-of-work (it runs none of our script); if it
    // were, our own page's form is the way on.
    case "challenge":
      return "fix";
    case "closed":
      return "closed";
    case "unavailable":
      return "unavailable";
  }
}
