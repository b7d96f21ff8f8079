import { getTranslations } from "next-intl/server";

/**
 * Plain links to each service's own share page: nothing is loaded from them until a
 * reader chooses to click (no widgets, no scripts, no tracking pixels).
 */
export async function ShareLinks({ url, text }: { url: string; text: string }) {
  const t = await getTranslations("share");
  const u = encodeURIComponent(url);
  const both = encodeURIComponent(`${text} ${url}`);
  const links = [
    { name: "X (Twitter)", href: `https://twitter.com/intent/tweet?text=${encodeURIComponent(text)}&url=${u}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${encodeURIComponent(text)}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${both}` },
    { name: t("email"), href: `mailto:?subject=${encodeURIComponent(text)}&body=${u}` },
  ];
  return (
    <nav aria-label={t("label")} className="no-print mt-6">
      <h2 className="text-sm font-semibold text-stone-800">{t("label")}</h2>
      <ul className="mt-2 flex flex-wrap gap-3 text-sm">
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer" target="_blank" className="underline">
              {link.name}
              <span className="sr-only"> ({t("newWindow")})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
