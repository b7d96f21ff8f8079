import az from "@/messages/az/campaignMail.json";
import en from "@/messages/en/campaignMail.json";
import ru from "@/messages/ru/campaignMail.json";
import { pressConfirm, pressEmbargo, type PressEmbargoData } from "./press-templates";

type Locale = "en" | "az" | "ru";
type SignerRequestKind = "ACCESS" | "ERASE" | "HIDE_NAME";
export type Rendered = { subject: string; text: string; headers?: Record<string, string> };

const CAMPAIGN_FOOTER = { en: en.footer, az: az.footer, ru: ru.footer };

type CampaignData = { subject: string; body: string; unsubscribeUrl: string; oneClickUrl: string };

/**
 * A message staff wrote to signers, with the way out in every copy: a link to a page
 * whose button unsubscribes, and the RFC 8058 headers with which a mail client offers
 * "unsubscribe" itself (a POST to the one-click URL, never a GET).
 */
function campaignMessage(locale: Locale, data: CampaignData): Rendered {
  return {
    subject: data.subject,
    text: `${data.body}\n\n-- \n${CAMPAIGN_FOOTER[locale].replace("{url}", data.unsubscribeUrl)}\n`,
    headers: {
      "List-Unsubscribe": `<${data.oneClickUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

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
  "petition-receipt": (locale: Locale, data: { receipt: string; url: string }): Rendered =>
    ({
      en: {
        subject: "Your signature is confirmed: your receipt",
        text: `Your signature is confirmed and will be counted. This is your receipt:\n\n${data.receipt}\n\nKeep it. We store only a hash of it, and publish that hash in the petition's public ledger, so nobody can tell from the ledger who signed. With the receipt you can check at any time that your signature is counted:\n\n${data.url}\n`,
      },
      az: {
        subject: "İmzanız təsdiqləndi: qəbziniz",
        text: `İmzanız təsdiqləndi və sayılacaq. Qəbziniz budur:\n\n${data.receipt}\n\nOnu saxlayın. Biz yalnız onun heşini saxlayırıq və bu heşi petisiyanın açıq reyestrində dərc edirik, ona görə reyestrdən kimin imzaladığını bilmək mümkün deyil. Qəbzlə istənilən vaxt imzanızın sayıldığını yoxlaya bilərsiniz:\n\n${data.url}\n`,
      },
      ru: {
        subject: "Ваша подпись подтверждена: ваша квитанция",
        text: `Ваша подпись подтверждена и будет засчитана. Ваша квитанция:\n\n${data.receipt}\n\nСохраните её. Мы храним только её хеш и публикуем этот хеш в открытом реестре петиции, поэтому по реестру нельзя узнать, кто подписал. С квитанцией вы в любой момент можете проверить, что ваша подпись учтена:\n\n${data.url}\n`,
      },
    })[locale],
  "signer-request": (locale: Locale, data: { url: string; kind: SignerRequestKind }): Rendered =>
    ({
      en: {
        subject: {
          ACCESS: "Your petition data",
          ERASE: "Confirm: erase your signature",
          HIDE_NAME: "Confirm: remove your name from the public list",
        }[data.kind],
        text: `Someone (we hope you) asked ${{ ACCESS: "to see the data we hold", ERASE: "to erase the signature", HIDE_NAME: "to remove the name from the public list of supporters" }[data.kind]} for this email address. Open this link and press the button on the page:\n\n${data.url}\n\nThe link works once and expires in 24 hours. If you did not ask, ignore this message.\n`,
      },
      az: {
        subject: {
          ACCESS: "Petisiya üzrə məlumatlarınız",
          ERASE: "Təsdiqləyin: imzanızın silinməsi",
          HIDE_NAME: "Təsdiqləyin: adınızın açıq siyahıdan çıxarılması",
        }[data.kind],
        text: `Kimsə (ümid edirik ki, siz) bu e-poçt ünvanı üçün ${{ ACCESS: "saxladığımız məlumatlara baxmağı", ERASE: "imzanın silinməsini", HIDE_NAME: "adın tərəfdarların açıq siyahısından çıxarılmasını" }[data.kind]} xahiş etdi. Bu keçidi açın və səhifədəki düyməni basın:\n\n${data.url}\n\nKeçid bir dəfə işləyir və 24 saat ərzində qüvvədən düşür. Əgər siz xahiş etməmisinizsə, bu məktuba əhəmiyyət verməyin.\n`,
      },
      ru: {
        subject: {
          ACCESS: "Ваши данные по петиции",
          ERASE: "Подтвердите удаление подписи",
          HIDE_NAME: "Подтвердите удаление имени из открытого списка",
        }[data.kind],
        text: `Кто-то (надеемся, вы) запросил ${{ ACCESS: "данные, которые мы храним", ERASE: "удаление подписи", HIDE_NAME: "удаление имени из открытого списка сторонников" }[data.kind]} для этого адреса. Откройте ссылку и нажмите кнопку на странице:\n\n${data.url}\n\nСсылка действует один раз и в течение 24 часов. Если вы ничего не запрашивали, проигнорируйте это письмо.\n`,
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
    case "petition-receipt":
      return templates["petition-receipt"](lang, data as { receipt: string; url: string });
    case "signer-request":
      return templates["signer-request"](lang, data as { url: string; kind: SignerRequestKind });
    case "campaign-message":
      return campaignMessage(lang, data as CampaignData);
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
