import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { DetaineeProfile } from "@/lib/detainees/get-published-detainee-by-slug";
import { translatedField } from "@/lib/i18n/translated-field";
import type { Locale } from "@/lib/i18n/routing";
import { Container } from "@/components/ui/container";
import { FactList } from "@/components/ui/fact-list";
import { PartialDate } from "@/components/ui/partial-date";
import { formatPartialDate, isoPartialDate } from "@/lib/dates/format-partial-date";
import { SectionHeading } from "@/components/ui/section-heading";
import { StatusBadge } from "./status-badge";
import { DaysInDetentionText } from "./days-in-detention-text";
import { SourceList } from "./source-list";
import { CiteThis } from "./cite-this";
import { ShareLinks } from "@/components/site/share-links";
import { Link } from "@/lib/i18n/navigation";
import { TranslatedText } from "@/components/ui/translated-text";
import { nameForLocale } from "@/lib/detainees/name-for-locale";
import { disputedFields } from "@/lib/detainees/fact-fields";
import { DisputedFact } from "./disputed-fact";

export async function DetaineeProfileView({
  profile,
  locale,
  permalink,
  lastChangedAt = null,
}: {
  profile: DetaineeProfile;
  locale: Locale;
  permalink: string;
  /** When a public fact last changed (the change history), if ever since publication. */
  lastChangedAt?: Date | null;
}) {
  const t = await getTranslations("detainee");
  const history = await getTranslations("history");
  const site = await getTranslations("site");
  const statusText = await getTranslations("status");
  // The day this copy of the page was rendered: "as of" on the fact sheet and
  // "retrieved" in the citation.
  const renderedAt = new Date();
  const text = (value: string | null, field: string) =>
    value ? (
      <TranslatedText value={value} translations={profile.translations} field={field} locale={locale} />
    ) : (
      t("notRecorded")
    );
  const name = nameForLocale(profile, locale);
  const otherNames = profile.names.filter((n) => n.name !== name);
  const disputed = new Set<string>(disputedFields(profile.claims));
  const claimsOf = (field: string) => profile.claims.filter((c) => c.field === field);
  const allSources = new Map(
    [
      ...profile.sources.map((s) => s.source),
      ...profile.names.flatMap((n) => (n.source ? [n.source] : [])),
      ...profile.claims.flatMap((c) => (c.source ? [c.source] : [])),
      ...profile.events.flatMap((e) => e.sources),
    ].map((s) => [s.id, s]),
  );

  const factLabel = (field: string) => {
    const [kind, id] = field.split(":");
    if (kind === "charge" && id) {
      const charge = profile.charges.find((c) => c.id === id);
      if (charge) return t("factCharge", { charge: charge.article ?? charge.description });
    }
    if (kind === "name" && id) {
      const spelling = profile.names.find((n) => n.id === id);
      if (spelling) return t("factName", { name: spelling.name });
    }
    return t.has(`fact.${field}`) ? t(`fact.${field}`) : field;
  };
  const supports = new Map<string, string>();
  const cite = (sourceId: string, fact: string) => {
    const fields = supports.get(sourceId);
    supports.set(sourceId, fields ? `${fields}, ${fact}` : fact);
  };
  // The note staff give with a citation is shown with it, in the reader's view of the source.
  for (const { source, field, note } of profile.sources)
    cite(source.id, note ? `${factLabel(field)} (${note})` : factLabel(field));
  for (const n of profile.names) if (n.source) cite(n.source.id, t("factName", { name: n.name }));
  const disputedValue = (field: string, value: ReactNode) =>
    disputed.has(field) ? <DisputedFact claims={claimsOf(field)} locale={locale} /> : value;
  for (const [id, fields] of supports) supports.set(id, t("supports", { facts: fields }));

  return (
    <Container className="py-10">
      <article>
        <p className="hidden print:mb-4 print:block print:text-sm">
          {t("factSheet", { site: site("name"), date: formatPartialDate(renderedAt, "DAY", locale) })} · {permalink}
        </p>
        <header className="flex flex-col gap-6 sm:flex-row">
          {profile.photoPath ? (
            <figure className="sm:w-60">
              {/* eslint-disable-next-line @next/next/no-img-element -- local, already resized on upload */}
              <img src={profile.photoPath} alt={name} width={240} height={240} className="rounded" />
              {profile.photoCredit ? (
                <figcaption className="mt-1 text-xs text-stone-700">
                  {t("photoCredit", { credit: [profile.photoCredit, profile.photoLicence].filter(Boolean).join(", ") })}
                  {profile.photoSourceUrl ? (
                    <>
                      {" · "}
                      <a href={profile.photoSourceUrl} rel="noopener noreferrer" className="underline">
                        {t("photoSource")}
                      </a>
                    </>
                  ) : null}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
          <div>
            <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
            {otherNames.length > 0 ? (
              <p className="mt-1 text-stone-700">
                {t("otherNames")}:{" "}
                {otherNames.map((n, i) => (
                  <span key={n.id}>
                    {i > 0 ? ", " : ""}
                    <span lang={n.lang ?? undefined}>{n.name}</span>
                    {n.transliteration ? <span className="text-sm"> ({t("transliteration")})</span> : null}
                  </span>
                ))}
              </p>
            ) : null}
            {disputed.has("name") ? (
              <div className="mt-3">
                <p className="text-sm font-semibold text-stone-700">{t("nameDisputed")}</p>
                <DisputedFact claims={claimsOf("name")} locale={locale} />
              </div>
            ) : null}
            <p className="mt-3 flex flex-wrap items-center gap-2">
              <StatusBadge status={profile.status} />
              {profile.statusCertainty === "BELIEVED" ? <span className="text-sm">({t("statusBelieved")})</span> : null}
              {profile.statusConfirmedOn && profile.statusConfirmedPrecision ? (
                <span className="text-sm text-stone-700">
                  {t.rich("statusConfirmed", {
                    date: formatPartialDate(profile.statusConfirmedOn, profile.statusConfirmedPrecision, locale),
                    time: (chunks) => (
                      <time dateTime={isoPartialDate(profile.statusConfirmedOn!, profile.statusConfirmedPrecision!)}>
                        {chunks}
                      </time>
                    ),
                  })}
                </span>
              ) : null}
            </p>
            <p className="mt-2 font-medium">
              <DaysInDetentionText {...profile} />
            </p>
            {profile.bio ? <p className="mt-3 max-w-2xl text-stone-800">{text(profile.bio, "bio")}</p> : null}
          </div>
        </header>

        <section className="mt-8" aria-label={t("status")}>
          <FactList
            facts={[
              {
                label: t("arrested"),
                value: disputedValue(
                  "arrestDate",
                  profile.arrestDate && profile.arrestDatePrecision ? (
                    <PartialDate date={profile.arrestDate} precision={profile.arrestDatePrecision} locale={locale} />
                  ) : (
                    t("notRecorded")
                  ),
                ),
              },
              ...(profile.releaseDate && profile.releaseDatePrecision
                ? [
                    {
                      label: t("released"),
                      value: (
                        <>
                          <PartialDate
                            date={profile.releaseDate}
                            precision={profile.releaseDatePrecision}
                            locale={locale}
                          />
                          {profile.releaseType ? ` (${profile.releaseType})` : null}
                        </>
                      ),
                    },
                  ]
                : []),
              { label: t("occupation"), value: text(profile.occupation, "occupation") },
              { label: t("affiliation"), value: profile.affiliation?.name ?? t("notRecorded") },
              {
                label: t("placeOfDetention"),
                value: disputedValue("placeOfDetention", text(profile.placeOfDetention, "placeOfDetention")),
              },
              { label: t("sentence"), value: disputedValue("sentence", text(profile.sentence, "sentence")) },
              ...(profile.case
                ? [
                    {
                      label: t("case"),
                      value: (
                        <TranslatedText
                          value={profile.case.title}
                          translations={profile.case.translations}
                          field="title"
                          locale={locale}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {profile.case?.summary ? (
            <p className="mt-4 max-w-3xl text-stone-800">
              <TranslatedText
                value={profile.case.summary}
                translations={profile.case.translations}
                field="summary"
                locale={locale}
              />
            </p>
          ) : null}
        </section>

        <section className="mt-10" aria-labelledby="charges-heading">
          <SectionHeading id="charges-heading">{t("charges")}</SectionHeading>
          {profile.charges.length === 0 ? (
            <p>{t("noCharges")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {profile.charges.map((charge) => (
                <li key={charge.id}>
                  <span className={charge.droppedOn ? "line-through" : undefined}>
                    <TranslatedText
                      value={charge.description}
                      translations={charge.translations}
                      field="description"
                      locale={locale}
                    />
                  </span>
                  {charge.article ? ` (${[charge.code, charge.article].filter(Boolean).join(", ")})` : null}
                  {charge.addedOn && charge.addedPrecision ? (
                    <>
                      {" · "}
                      {t("chargeAdded")}{" "}
                      <PartialDate date={charge.addedOn} precision={charge.addedPrecision} locale={locale} />
                    </>
                  ) : null}
                  {charge.droppedOn && charge.droppedPrecision ? (
                    <>
                      {" · "}
                      <strong>{t("chargeDropped")}</strong>{" "}
                      <PartialDate date={charge.droppedOn} precision={charge.droppedPrecision} locale={locale} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="mt-10" aria-labelledby="timeline-heading">
          <SectionHeading id="timeline-heading">{t("timeline")}</SectionHeading>
          {profile.events.length === 0 ? (
            <p>{t("noEvents")}</p>
          ) : (
            <ol className="space-y-4 border-l-2 border-stone-300 pl-4">
              {profile.events.map((event) => (
                <li key={event.id} id={`event-${event.id}`}>
                  <p className="text-sm font-semibold text-stone-700">
                    <PartialDate date={event.occurredOn} precision={event.precision} locale={locale} />
                  </p>
                  <p className="font-medium">
                    <TranslatedText
                      value={event.title}
                      translations={event.translations}
                      field="title"
                      locale={locale}
                    />
                  </p>
                  {event.description ? (
                    <p className="text-stone-800">
                      <TranslatedText
                        value={event.description}
                        translations={event.translations}
                        field="description"
                        locale={locale}
                      />
                    </p>
                  ) : null}
                  {event.sources.length > 0 ? (
                    <p className="text-sm text-stone-700 print:hidden">
                      {t("eventSources")}{" "}
                      {event.sources.map((source, i) => (
                        <span key={source.id}>
                          {i > 0 ? ", " : ""}
                          <a href={`#source-${source.id}`} className="underline">
                            {source.title}
                          </a>
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="mt-10" aria-labelledby="statements-heading">
          <SectionHeading id="statements-heading">{t("relatedStatements")}</SectionHeading>
          {profile.statements.length === 0 ? (
            <p>{t("noStatements")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {profile.statements.map(({ statement }) => {
                const title = translatedField(statement.title, statement.translations, "title", locale);
                return (
                  <li key={statement.slug}>
                    <Link
                      href={`/statements/${statement.slug}`}
                      className="underline"
                      lang={title.isFallback ? "en" : undefined}
                    >
                      {title.value}
                    </Link>
                    {statement.publishedAt ? (
                      <>
                        {" · "}
                        <PartialDate date={statement.publishedAt} precision={statement.datePrecision} locale={locale} />
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section className="mt-10" aria-labelledby="sources-heading">
          <SectionHeading id="sources-heading">{t("sources")}</SectionHeading>
          <SourceList
            sources={[...allSources.values()]}
            locale={locale}
            supports={supports}
            archivedCopyLabel={t("archivedCopy")}
          />
        </section>

        <p className="mt-10 text-sm text-stone-700">
          {lastChangedAt ? (
            history.rich("lastChanged", {
              date: formatPartialDate(lastChangedAt, "DAY", locale),
              time: (chunks) => <time dateTime={lastChangedAt.toISOString()}>{chunks}</time>,
              link: (chunks) => (
                <Link href={`/detainees/${profile.slug}/history`} className="underline">
                  {chunks}
                </Link>
              ),
            })
          ) : (
            <>
              {t.rich("lastUpdated", {
                date: formatPartialDate(profile.updatedAt, "DAY", locale),
                time: (chunks) => <time dateTime={profile.updatedAt.toISOString()}>{chunks}</time>,
              })}
              {" · "}
              <Link href={`/detainees/${profile.slug}/history`} className="underline">
                {history("seeHistory")}
              </Link>
            </>
          )}
        </p>

        <CiteThis title={name} siteName={site("name")} permalink={permalink} retrievedOn={renderedAt} locale={locale} />
        <ShareLinks url={permalink} text={`${name}: ${statusText(profile.status)}`} />
      </article>
    </Container>
  );
}
