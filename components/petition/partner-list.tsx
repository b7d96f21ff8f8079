import type { PublicPartner } from "@/lib/partners/list-public-partners";

/** The partner organisations, when staff chose to list them: logo, name, link to their site. */
export function PartnerList({ partners, heading }: { partners: PublicPartner[]; heading: string }) {
  return (
    <section aria-labelledby="partners-heading" className="mt-10">
      <h2 id="partners-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {partners.map((partner) => (
          <li key={partner.code}>
            <a href={partner.url} rel="noopener noreferrer" className="flex items-center gap-3 underline">
              {partner.logoPath ? (
                // eslint-disable-next-line @next/next/no-img-element -- local, resized on upload; the name beside it is the text
                <img src={partner.logoPath} alt="" width={96} height={48} className="h-12 w-24 object-contain" />
              ) : null}
              <span>{partner.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
