import { pressConfirm, pressEmbargo, type PressEmbargoData } from "./press-templates";

type Locale = "en" | "az" | "ru";
type Rendered = { subject: string; text: string };

// Plain-text mail only: no tracking pixels, no remote images, nothing a mail client
// fetches from elsewhere. Links are on their own line so no client wraps them.
const templates = {
  "petition-confirm": (locale: Locale, data: { url: string }): Rendered =>
    ({
      en: {
        subject: "Confirm your signature",
        text: `Thank you for signing.\n\nYour signature counts only after you confirm it. Open this link and press the button on the page:\n\n${data.url}\n\nThe link works once and expires in 7 days. If you did not sign, ignore this message: nothing will be counted.\n`,
      },
      az: {
        subject: "İmzanızı təsdiqləyin",
        text: `İmzaladığınız üçün təşəkkür edirik.\n\nİmzanız yalnız təsdiqləndikdən sonra sayılır. Bu keçidi açın və səhifədəki düyməni basın:\n\n${data.url}\n\nKeçid bir dəfə işləyir və 7 gün ərzində qüvvədən düşür. Əgər siz imzalamamısınızsa, bu məktuba əhəmiyyət verməyin: heç nə sayılmayacaq.\n`,
      },
      ru: {
        subject: "Подтвердите свою подпись",
        text: `Спасибо за подпись.\n\nПодпись засчитывается только после подтверждения. Откройте ссылку и нажмите кнопку на странице:\n\n${data.url}\n\nСсылка действует один раз и в течение 7 дней. Если вы не подписывали петицию, просто проигнорируйте это письмо: ничего не будет засчитано.\n`,
      },
    })[locale],
  "signer-request": (locale: Locale, data: { url: string; kind: "ACCESS" | "ERASE" }): Rendered =>
    ({
      en: {
        subject: data.kind === "ERASE" ? "Confirm: erase your signature" : "Your petition data",
        text: `Someone (we hope you) asked ${data.kind === "ERASE" ? "to erase the signature" : "to see the data we hold"} for this email address. Open this link and press the button on the page:\n\n${data.url}\n\nThe link works once and expires in 24 hours. If you did not ask, ignore this message.\n`,
      },
      az: {
        subject: data.kind === "ERASE" ? "Təsdiqləyin: imzanızın silinməsi" : "Petisiya üzrə məlumatlarınız",
        text: `Kimsə (ümid edirik ki, siz) bu e-poçt ünvanı üçün ${data.kind === "ERASE" ? "imzanın silinməsini" : "saxladığımız məlumatlara baxmağı"} xahiş etdi. Bu keçidi açın və səhifədəki düyməni basın:\n\n${data.url}\n\nKeçid bir dəfə işləyir və 24 saat ərzində qüvvədən düşür. Əgər siz xahiş etməmisinizsə, bu məktuba əhəmiyyət verməyin.\n`,
      },
      ru: {
        subject: data.kind === "ERASE" ? "Подтвердите удаление подписи" : "Ваши данные по петиции",
        text: `Кто-то (надеемся, вы) запросил ${data.kind === "ERASE" ? "удаление подписи" : "данные, которые мы храним"} для этого адреса. Откройте ссылку и нажмите кнопку на странице:\n\n${data.url}\n\nСсылка действует один раз и в течение 24 часов. Если вы ничего не запрашивали, проигнорируйте это письмо.\n`,
      },
    })[locale],
  // Staff mail is English, like the admin area.
  "staff-sign-in-warning": (_locale: Locale, data: { failures: number; url: string }): Rendered => ({
    subject: "Free Voices: someone is trying to sign in as you",
    text: `There were ${data.failures} failed sign-in attempts on your Free Voices staff account in the last hour.\n\nYou can still sign in: devices you signed in with before are not slowed down, and a new device is asked to wait a few seconds first. If these attempts were not yours, someone is guessing your password: make sure it is long and unique, and tell an administrator. Your sessions are listed here:\n\n${data.url}\n\nYou get this warning at most once a day.\n`,
  }),
} as const;

export type TemplateName = keyof typeof templates;

export function renderTemplate(name: string, locale: string, data: Record<string, unknown>): Rendered {
  const lang: Locale = locale === "az" || locale === "ru" ? locale : "en";
  switch (name) {
    case "petition-confirm":
      return templates["petition-confirm"](lang, data as { url: string });
    case "signer-request":
      return templates["signer-request"](lang, data as { url: string; kind: "ACCESS" | "ERASE" });
    case "staff-sign-in-warning":
      return templates["staff-sign-in-warning"](lang, data as { failures: number; url: string });
    case "press-confirm":
      return pressConfirm(lang, data as { url: string });
    case "press-embargo":
      return pressEmbargo(lang, data as PressEmbargoData);
    default:
      throw new Error(`Unknown mail template ${name}`);
  }
}
