/**
 * The sign form a partner pastes into its own site: plain HTML, no script, no style
 * (the partner's site styles it), posting to our origin. It carries the consent
 * notice in full, because a signer must see what they agree to where they sign; when
 * staff change the notice, the form's version is out of date and its signers land on
 * our page to read the new one (the "consent" outcome).
 */
export type EmbedSnippetInput = {
  appUrl: string;
  partnerCode: string;
  locale: string;
  consent: { version: number; locale: string; text: string };
  countries: { code: string; name: string }[];
  text: {
    heading: string;
    name: string;
    email: string;
    emailHint: string;
    country: string;
    countryPlaceholder: string;
    showPublicly: string;
    contactOptIn: string;
    consentHeading: string;
    submit: string;
    honeypot: string;
  };
};

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function embedSnippet({ appUrl, partnerCode, locale, consent, countries, text }: EmbedSnippetInput): string {
  const action = `${new URL(appUrl).origin}/api/v1/petition/sign`;
  const id = (field: string) => `fv-${partnerCode}-${locale}-${field}`;
  const hidden = (name: string, value: string | number) =>
    `  <input type="hidden" name="${name}" value="${escape(String(value))}">`;
  const paragraphs = consent.text
    .split(/\n{2,}/)
    .map((paragraph) => `    <p>${escape(paragraph.trim())}</p>`)
    .join("\n");
  return [
    `<form method="post" action="${escape(action)}" accept-charset="utf-8" lang="${escape(locale)}">`,
    `  <h2>${escape(text.heading)}</h2>`,
    hidden("partner", partnerCode),
    hidden("locale", locale),
    hidden("consentVersion", consent.version),
    hidden("consentLocale", consent.locale),
    `  <p><label for="${id("name")}">${escape(text.name)}</label><br>`,
    `  <input id="${id("name")}" name="name" required maxlength="100" autocomplete="name"></p>`,
    `  <p><label for="${id("email")}">${escape(text.email)}</label><br>`,
    `  <input id="${id("email")}" name="email" type="email" required maxlength="254" autocomplete="email" aria-describedby="${id("email-hint")}"><br>`,
    `  <small id="${id("email-hint")}">${escape(text.emailHint)}</small></p>`,
    `  <p><label for="${id("country")}">${escape(text.country)}</label><br>`,
    `  <select id="${id("country")}" name="country" required autocomplete="country">`,
    `    <option value="">${escape(text.countryPlaceholder)}</option>`,
    ...countries.map((country) => `    <option value="${escape(country.code)}">${escape(country.name)}</option>`),
    `  </select></p>`,
    `  <p><label><input type="checkbox" name="showPublicly" value="on"> ${escape(text.showPublicly)}</label></p>`,
    `  <p><label><input type="checkbox" name="contactOptIn" value="on"> ${escape(text.contactOptIn)}</label></p>`,
    `  <div lang="${escape(consent.locale)}">`,
    `    <h3>${escape(text.consentHeading)}</h3>`,
    paragraphs,
    `  </div>`,
    // The honeypot: hidden from people by the `hidden` attribute (no CSS needed), filled by naive bots.
    `  <p hidden><label>${escape(text.honeypot)} <input name="website" tabindex="-1" autocomplete="off"></label></p>`,
    `  <p><button type="submit">${escape(text.submit)}</button></p>`,
    `</form>`,
  ].join("\n");
}
