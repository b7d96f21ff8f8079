type Locale = "en" | "az" | "ru";
type Rendered = { subject: string; text: string };

export type PressEmbargoData = {
  title: string;
  summary: string | null;
  body: string;
  url: string;
  embargoUntil: string;
  /** The statement has no translation in the subscriber's language: it is sent in English, and the mail says so. */
  fallback: boolean;
  unsubscribeUrl: string;
};

/**
 * "2026-12-06 09:00 UTC (13:00 in Baku)": the release time without a time zone to
 * guess. Baku's offset comes from the time zone database, not a constant.
 */
export function formatEmbargoTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  const utc = `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const baku = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Baku",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
  const inBaku = { en: `${baku} in Baku`, az: `Bakı vaxtı ilə ${baku}`, ru: `${baku} по бакинскому времени` }[locale];
  return `${utc} (${inBaku})`;
}

// The marking is English in every language: "EMBARGOED UNTIL" is the wording news desks
// filter on, wherever they are. The sentence after it says the same in the reader's language.
export function pressEmbargo(locale: Locale, data: PressEmbargoData): Rendered {
  const when = formatEmbargoTime(data.embargoUntil, locale);
  const marking = `EMBARGOED UNTIL ${when}`;
  const words = {
    en: {
      notice: `Not for publication, broadcast or posting before ${when}.`,
      fallback: "This statement is not available in your language yet: here it is in English.",
      link: "It will be public at this address from the release time:",
      why: "You receive this as an approved member of the Free Voices press list. To leave the list, open this link and press the button on the page:",
    },
    az: {
      notice: `${when} tarixinədək dərc edilməməli, efirə verilməməli və paylaşılmamalıdır.`,
      fallback: "Bu bəyanat hələ sizin dilinizdə mövcud deyil: aşağıda ingilis dilində verilir.",
      link: "Bəyanat açıqlanma vaxtından bu ünvanda hamı üçün əlçatan olacaq:",
      why: "Bu məktubu Free Voices mətbuat siyahısının təsdiqlənmiş üzvü kimi alırsınız. Siyahıdan çıxmaq üçün bu keçidi açın və səhifədəki düyməni basın:",
    },
    ru: {
      notice: `Не для публикации, эфира и размещения в сети до ${when}.`,
      fallback: "Этого заявления пока нет на вашем языке: ниже оно на английском.",
      link: "С момента публикации оно будет доступно по адресу:",
      why: "Вы получаете это письмо как одобренный участник пресс-рассылки Free Voices. Чтобы отписаться, откройте ссылку и нажмите кнопку на странице:",
    },
  }[locale];
  const parts = [
    marking,
    words.notice,
    ...(data.fallback ? [words.fallback] : []),
    "",
    data.title,
    ...(data.summary ? ["", data.summary] : []),
    "",
    data.body,
    "",
    marking,
    "",
    words.link,
    "",
    data.url,
    "",
    "--",
    words.why,
    "",
    data.unsubscribeUrl,
    "",
  ];
  return { subject: `${marking}: ${data.title}`, text: parts.join("\n") };
}

export function pressConfirm(locale: Locale, data: { url: string }): Rendered {
  return {
    en: {
      subject: "Confirm your press list subscription",
      text: `You asked to receive Free Voices press releases, embargoed ones included.\n\nOpen this link and press the button on the page to confirm your address:\n\n${data.url}\n\nThe link works once and expires in 7 days. After you confirm, a member of our team checks the request before the first release is sent. If you did not ask, ignore this message: nothing will be sent.\n`,
    },
    az: {
      subject: "Mətbuat siyahısına abunəliyinizi təsdiqləyin",
      text: `Siz Free Voices-un mətbuat açıqlamalarını, o cümlədən embarqolu açıqlamaları almaq istədiniz.\n\nÜnvanınızı təsdiqləmək üçün bu keçidi açın və səhifədəki düyməni basın:\n\n${data.url}\n\nKeçid bir dəfə işləyir və 7 gün ərzində qüvvədən düşür. Təsdiqlədikdən sonra ilk açıqlama göndərilməzdən əvvəl komandamızın üzvü sorğunu yoxlayacaq. Əgər bunu siz istəməmisinizsə, bu məktuba əhəmiyyət verməyin: heç nə göndərilməyəcək.\n`,
    },
    ru: {
      subject: "Подтвердите подписку на пресс-рассылку",
      text: `Вы запросили пресс-релизы Free Voices, в том числе под эмбарго.\n\nОткройте ссылку и нажмите кнопку на странице, чтобы подтвердить адрес:\n\n${data.url}\n\nСсылка действует один раз и в течение 7 дней. После подтверждения сотрудник проверит заявку, прежде чем отправить первый релиз. Если вы ничего не запрашивали, проигнорируйте это письмо: мы ничего не отправим.\n`,
    },
  }[locale];
}
