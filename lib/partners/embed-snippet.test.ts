import { describe, expect, it } from "vitest";
import { embedSnippet } from "./embed-snippet";

const input = {
  appUrl: "https://freevoices.example/some/path",
  partnerCode: "rights-group",
  locale: "az",
  consent: { version: 3, locale: "az", text: 'We keep "little".\n\nYou can <erase> it.' },
  countries: [{ code: "AZ", name: "Azərbaycan" }],
  text: {
    heading: "Adınızı əlavə edin",
    name: "Adınız",
    email: "E-poçt",
    emailHint: "Keçid göndəririk.",
    country: "Ölkə",
    countryPlaceholder: "Ölkənizi seçin",
    showPublicly: "Adımı göstərin",
    contactOptIn: "Əlaqə saxlayın",
    consentHeading: "Məlumatlar",
    submit: "İmzalayın",
    honeypot: "Boş saxlayın",
  },
};

describe("embedSnippet", () => {
  it("posts to our origin's sign endpoint with the partner, language and consent version, and no script", () => {
    const html = embedSnippet(input);
    expect(html).toContain('<form method="post" action="https://freevoices.example/api/v1/petition/sign"');
    expect(html).toContain('name="partner" value="rights-group"');
    expect(html).toContain('name="locale" value="az"');
    expect(html).toContain('name="consentVersion" value="3"');
    expect(html).not.toMatch(/<script|on\w+=|style=/i);
  });

  it("shows the consent notice, escaped, and hides the honeypot without CSS", () => {
    const html = embedSnippet(input);
    expect(html).toContain("<p>We keep &#34;little&#34;.</p>");
    expect(html).toContain("<p>You can &#60;erase&#62; it.</p>");
    expect(html).toMatch(/<p hidden><label>[^<]*<input name="website"/);
  });
});
