/**
 * Seeds the campaign the app starts with: the 2013 joint statement in
 * shared/seeds/000_3e6d2889b1d55732.txt and the people it names.
 *
 * Rule for everything below: a fact goes in only if the statement (or, for name
 * spellings, the campaign's seed notes) says it. What the statement does not give
 * (arrest dates, articles, sentences, places of detention, photos, URLs) stays
 * empty for staff to fill in with sources, because a made-up detail on a
 * political prisoner's profile is worse than a missing one.
 *
 * Idempotent and create-only: every row is upserted by a natural key (slug, or a
 * compound unique) or, where the schema has none, by an id derived from a fixed
 * seed key, and an existing row is left as it is (`update: {}`). Running it again
 * therefore neither duplicates anything nor overwrites what staff edited since.
 *
 * Usage: DATABASE_URL=postgresql://... npm run db:seed
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  PrismaClient,
  type Prisma,
  type DatePrecision,
  type OrganisationKind,
  type NameScript,
} from "../lib/db/generated/client";
import { toSearchKey } from "../lib/detainees/search-key";
import { stampUnstampedTranslations } from "../lib/translations/stamp-unstamped-translations";

type Tx = Prisma.TransactionClient;

/** A cuid-shaped id that is the same on every run, for rows with no natural key. */
function seedId(key: string): string {
  return "c" + createHash("sha256").update(`free-voices-seed:${key}`).digest("hex").slice(0, 24);
}

// The statement carries no date beyond its year (2013, the October presidential
// election), so every date taken from it is 1 January with YEAR precision.
const STATEMENT_YEAR = new Date(Date.UTC(2013, 0, 1));
const YEAR: DatePrecision = "YEAR";

export const SEED_FILE = "shared/seeds/000_3e6d2889b1d55732.txt";

const STATEMENT_PUBLISHER =
  "Organisations linked to the International Partnership Group on Azerbaijan and the Solidarity Platform";

const SOURCES = {
  statement: {
    id: seedId("source:statement-2013"),
    // The statement is by organisations linked to these two bodies, not by the bodies.
    publisher: STATEMENT_PUBLISHER,
    title:
      "Joint statement calling on Azerbaijan to release all journalists, political activists and human rights defenders jailed for speaking out",
    url: null,
    publishedOn: STATEMENT_YEAR,
    datePrecision: YEAR,
    note: `Text kept in the campaign's seed files as ${SEED_FILE}. The statement gives no date beyond 2013 and no URL.`,
  },
  seedNotes: {
    id: seedId("source:seed-notes-spelling-variants"),
    publisher: "Free Voices",
    title: "Free Voices seed notes: spelling variants in other sources",
    url: null,
    publishedOn: null,
    datePrecision: null,
    note:
      "Spellings of the detainees' names used by other sources and by Russian-language media, as recorded in the campaign's seed notes (shared/seeds/README.md). " +
      "The notes do not cite the original articles: staff should replace this source with them when they are found.",
  },
} satisfies Record<string, Prisma.SourceCreateInput & { id: string }>;

type OrgSeed = {
  slug: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  description?: string;
};

// Names as the organisations call themselves; descriptions only where the
// statement characterises them. No URLs: none are in the statement.
const ORGANISATIONS = {
  ipga: {
    slug: "international-partnership-group-on-azerbaijan",
    name: "International Partnership Group on Azerbaijan",
    shortName: "IPGA",
    kind: "NGO",
  },
  solidarity: { slug: "solidarity-platform", name: "Solidarity Platform", kind: "NGO" },
  irfs: {
    slug: "institute-for-reporters-freedom-and-safety",
    name: "Institute for Reporters' Freedom and Safety",
    shortName: "IRFS",
    kind: "NGO",
  },
  article19: { slug: "article-19", name: "ARTICLE 19", kind: "NGO" },
  hrhf: {
    slug: "human-rights-house-foundation",
    name: "Human Rights House Foundation",
    shortName: "HRHF",
    kind: "NGO",
  },
  crd: { slug: "civil-rights-defenders", name: "Civil Rights Defenders", kind: "NGO" },
  hrhn: {
    slug: "human-rights-house-network",
    name: "Human Rights House Network",
    shortName: "HRHN",
    kind: "NGO",
  },
  caucasianKnot: { slug: "caucasian-knot", name: "Caucasian Knot", kind: "MEDIA" },
  hric: {
    slug: "human-rights-information-center",
    name: "Human Rights Information Center",
    kind: "NGO",
    description: "Human Rights House Kyiv.",
  },
  nida: {
    slug: "nida",
    name: "N!DA",
    kind: "MOVEMENT",
    description: "Opposition movement in Azerbaijan.",
  },
  real: { slug: "real", name: "REAL", kind: "MOVEMENT", description: "Movement in Azerbaijan." },
  freeYouth: {
    slug: "free-youth",
    name: "Free Youth",
    kind: "MOVEMENT",
    description: "Movement in Azerbaijan.",
  },
  // One body rather than one row per mandate: the statement quotes the three
  // rapporteurs jointly and one of them by mandate, never by a holder's name, so
  // the speakers below carry the mandates and this row groups them.
  unRapporteurs: {
    slug: "un-special-rapporteurs",
    name: "UN Special Rapporteurs",
    kind: "INTERGOVERNMENTAL",
  },
} satisfies Record<string, OrgSeed>;

type OrgKey = keyof typeof ORGANISATIONS;

const SPEAKERS = {
  eminHuseynov: { name: "Emin Huseynov", role: null, org: "irfs" },
  thomasHughes: { name: "Thomas Hughes", role: "Executive Director", org: "article19" },
  mariaDahle: { name: "Maria Dahle", role: "Executive Director", org: "hrhf" },
  robertHardh: { name: "Robert Hårdh", role: "Executive Director", org: "crd" },
  unJoint: {
    name: "UN Special Rapporteurs on freedom of assembly and association, on human rights defenders and on freedom of expression",
    role: "Joint statement",
    org: "unRapporteurs",
  },
  unAssembly: {
    name: "UN Special Rapporteur on freedom of assembly and association",
    role: null,
    org: "unRapporteurs",
  },
} satisfies Record<string, { name: string; role: string | null; org: OrgKey }>;

type SpeakerKey = keyof typeof SPEAKERS;

// In the statement's order. Text as the statement has it, minus the leading dash
// and the trailing comma before "says ..."; "From UK" keeps its capital F.
// The UN Special Rapporteurs spoke in their own statement of that week, which this
// one reports: their quotes say so (`reportedFromOwnStatement`).
const QUOTES: { speaker: SpeakerKey; text: string; reported?: true }[] = [
  {
    speaker: "eminHuseynov",
    text: "We see an extensive campaign against independent and dissident voices",
  },
  {
    speaker: "thomasHughes",
    text: "It is absolutely clear that the authorities in Azerbaijan are preventing people from speaking freely",
  },
  {
    speaker: "mariaDahle",
    text: "Azerbaijani authorities target and punish individuals for the information they put on social media, but disguise the censorship with false charges of possession of arms or drugs and use the courts politically to sentence people to long-term imprisonments",
  },
  {
    speaker: "robertHardh",
    text: "It is time for the EU-leaders and others to take a firm stance and speak out against human rights abuses in Azerbaijan",
  },
  {
    speaker: "unJoint",
    text: "We have observed since 2011 a worrying trend of legislation which narrowed considerably the space in which civil society and defenders operate in Azerbaijan.",
    reported: true,
  },
  {
    speaker: "unAssembly",
    text: "In times of elections, states should make greater efforts to facilitate and protect the exercise of the core rights to peaceful assembly and association.",
    reported: true,
  },
  {
    speaker: "mariaDahle",
    text: "We regret that our colleagues From UK and Croatia were not able to come to Azerbaijan",
  },
];

// The statement's text; only paragraph breaks, the subheadings as markdown
// headings and doubled spaces differ from the file. Spelling is the statement's.
const STATEMENT_BODY = `The organizations linked to the International Partnership Group on Azerbaijan and the Solidarity Platform call upon the Azerbaijani government to immediately release all journalists, political activists and human rights defenders that have been jailed as a result of speaking out about legitimate concerns regarding matters of public importance.

– We see an extensive campaign against independent and dissident voices, Emin Huseynov from Institute of Reporters Freedom and Safety says in the statement.

## Preventing people from speaking freely

– It is absolutely clear that the authorities in Azerbaijan are preventing people from speaking freely, Thomas Hughes, Executive Director of ARTICLE 19 underlined.

Between March and July 2013, youth activists primarily associated with the opposition movement N!DA, the REAL movement and the Free Youth movement were arrested and detained on charges that include drug and gun possession, hooliganism and not obeying police orders.

While some were sentenced to administrative detention and later released, seven of the N!DA activists, including Rashadat Akhundov, Uzeyir Mammadov, Rashad Huseynov, Zaur Gurbanli and Ilkin Rustamzade remain in detention.

## Target and punish individuals

– Azerbaijani authorities target and punish individuals for the information they put on social media, but disguise the censorship with false charges of possession of arms or drugs and use the courts politically to sentence people to long-term imprisonments, says Maria Dahle, executive director of Human Rights House Foundation.

-It is time for the EU-leaders and others to take a firm stance and speak out against human rights abuses in Azerbaijan, says Robert Hårdh, Executive Director at Civil Rights Defenders.

The UN Special Rapporteurs on freedom of assembly and association, right to be a human rights defender and freedom of expression have jointly issued a statement this week where they express their concern of the developments in Azerbaijan: – We have observed since 2011 a worrying trend of legislation which narrowed considerably the space in which civil society and defenders operate in Azerbaijan.

Special Rapporteur on freedom of assembly and association further underlines:- In times of elections, states should make greater efforts to facilitate and protect the exercise of the core rights to peaceful assembly and association.

## Did not get visa in time

Two human rights defenders from Human Rights House Network, who were suppose to be in Azerbaijan during the elections, did not get visa in time.

– We regret that our colleagues From UK and Croatia were not able to come to Azerbaijan, says Maria Dahle.

Human Rights House Foundation is in Azerbaijan during the elections together with Grigory Shvedov, editor of Caucasian Knot and Tetiana Pechunchyk from the Human Rights Information Center (Human Rights House Kiyv).
`;

// The document has no title: this one is ours and describes it (`titleIsDescriptive`).
const STATEMENT = {
  slug: "release-all-jailed-for-speaking-out-2013",
  title: "Azerbaijan: release all journalists, activists and human rights defenders jailed for speaking out",
  summary:
    "Organisations linked to the International Partnership Group on Azerbaijan and the Solidarity Platform call on the Azerbaijani government to immediately release all journalists, political activists and human rights defenders jailed for speaking out.",
  translations: {
    az: {
      title:
        "Azərbaycan: fikirlərini ifadə etdiklərinə görə həbs edilən bütün jurnalistlər, fəallar və hüquq müdafiəçiləri azad edilməlidir",
    },
    ru: {
      title:
        "Азербайджан: освободить всех журналистов, активистов и правозащитников, лишённых свободы за свои высказывания",
    },
  },
};

// The charges below are the statement's list for the youth activists of three
// movements as a group. It never says which charge was brought against which
// person, so they live here, in the case summary, and no Charge row is created
// for any detainee: a per-person charge would be an invented fact.
const CASE = {
  slug: "nida-activists-2013",
  title: "N!DA activists detained in 2013",
  summary:
    "Between March and July 2013, youth activists primarily associated with the opposition movement N!DA, the REAL movement and the Free Youth movement were arrested and detained on charges that include drug and gun possession, hooliganism and not obeying police orders. " +
    "Some were sentenced to administrative detention and later released. Seven N!DA activists remained in detention at the time of the statement; five of them are named in it. " +
    "The statement does not say which charges were brought against which person.",
  // Seven remain in detention, five are named: two people the source counts but does not name.
  unnamedCount: 2,
  translations: {
    az: { title: "2013-cü ildə həbs edilən N!DA fəalları" },
    ru: { title: "Активисты N!DA, арестованные в 2013 году" },
  },
};

type NameVariant = { name: string; script: NameScript; lang: string };

type DetaineeSeed = {
  slug: string;
  displayName: string;
  /** Spellings from other sources, recorded under the seed-notes source. */
  variants: NameVariant[];
  /**
   * The primary names of the az and ru pages. No source gives them: they are the
   * editor's transliterations and are recorded as such, with no source.
   */
  az: string;
  ru: string;
  /** Where sources disagree on the name: each version and who gives it ("other" = unnamed other sources). */
  nameClaims?: { value: string; source: "statement" | "other" }[];
};

// Display names as the statement spells them. Latin variants are the ones the seed
// notes list: Mammadli, Rustamzadeh, Gurbanly. A variant that differs only in the
// surname is recorded with the statement's given name, since the notes give surname
// spellings, not other given names. "Rashad Hasanov" is not a spelling: other sources
// give another surname, so it is a disputed claim (the notes name no such source).
const DETAINEES: DetaineeSeed[] = [
  {
    slug: "rashadat-akhundov",
    displayName: "Rashadat Akhundov",
    variants: [],
    az: "Rəşadət Axundov",
    ru: "Рашадат Ахундов",
  },
  {
    slug: "uzeyir-mammadov",
    displayName: "Uzeyir Mammadov",
    variants: [{ name: "Uzeyir Mammadli", script: "LATIN", lang: "en" }],
    az: "Üzeyir Məmmədov",
    ru: "Узеир Мамедов",
  },
  {
    slug: "rashad-huseynov",
    displayName: "Rashad Huseynov",
    variants: [],
    az: "Rəşad Hüseynov",
    ru: "Рашад Гусейнов",
    nameClaims: [
      { value: "Rashad Huseynov", source: "statement" },
      { value: "Rashad Hasanov", source: "other" },
    ],
  },
  {
    slug: "zaur-gurbanli",
    displayName: "Zaur Gurbanli",
    variants: [{ name: "Zaur Gurbanly", script: "LATIN", lang: "en" }],
    az: "Zaur Qurbanlı",
    ru: "Заур Гурбанлы",
  },
  {
    slug: "ilkin-rustamzade",
    displayName: "Ilkin Rustamzade",
    variants: [{ name: "Ilkin Rustamzadeh", script: "LATIN", lang: "en" }],
    az: "İlkin Rüstəmzadə",
    ru: "Илькин Рустамзаде",
  },
];

// "Youth activist" is the statement's own word for them ("youth activists",
// "N!DA activists"); leaving it empty would hide them from the occupation filter
// for no gain in accuracy.
const OCCUPATION = "Youth activist";
const OCCUPATION_TRANSLATIONS = {
  az: { occupation: "Gənc fəal" },
  ru: { occupation: "Молодёжный активист" },
};

const PETITION = {
  slug: "release-them",
  title: "Release the journalists, activists and human rights defenders jailed in Azerbaijan for speaking out",
  body: `Organisations linked to the International Partnership Group on Azerbaijan and the Solidarity Platform call upon the Azerbaijani government to immediately release all journalists, political activists and human rights defenders jailed as a result of speaking out about legitimate concerns regarding matters of public importance.

At the time of their statement in 2013, seven activists of the N!DA movement remained in detention, among them Rashadat Akhundov, Uzeyir Mammadov, Rashad Huseynov, Zaur Gurbanli and Ilkin Rustamzade.

We join their call: release them immediately.`,
  // Only the government: the statement's call for release is addressed to it.
  // Robert Hårdh's appeal to EU leaders asks them to speak out, not to release
  // anyone, so they are not a target of a release petition.
  targets: ["Government of the Republic of Azerbaijan"],
  goal: 10000,
  translations: {
    az: {
      title:
        "Azərbaycanda fikirlərini ifadə etdiklərinə görə həbs edilən jurnalistləri, fəalları və hüquq müdafiəçilərini azad edin",
    },
    ru: {
      title:
        "Освободите журналистов, активистов и правозащитников, лишённых свободы в Азербайджане за свои высказывания",
    },
  },
};

// The notice signers agree to, one text per language of the same version (the
// signature stores both). The az and ru texts say what the English one says and
// quote their pages' checkbox labels exactly (messages/<locale>/petition.json,
// form.showPublicly and form.contactOptIn): a changed label or wording is a new
// version, never an edit of this one. Terms follow messages/GLOSSARY.md.
const CONSENT_V1 = {
  en: `When you sign, we store your name, your country and a keyed hash of your email address, so that each person's signature counts once. Your name is shown publicly only if you tick "Show my name publicly". We keep your email address, encrypted, and contact you about this campaign only if you tick the box asking to be contacted. Your IP address is stored only as a keyed hash and deleted after a short time. You can ask to see the data we hold about you, or have your signature erased, at any time. Personal data is anonymised after the petition closes.`,
  az: `İmzaladığınız zaman adınızı, ölkənizi və e-poçt ünvanınızın gizli açarla hesablanmış xeşini saxlayırıq ki, hər kəsin imzası yalnız bir dəfə sayılsın. Adınız yalnız «Adımı bu saytda açıq göstərin» qutusunu işarələsəniz hamıya göstərilir. Yalnız «Bu kampaniya barədə mənimlə əlaqə saxlayın (istəyə bağlı)» qutusunu işarələsəniz, e-poçt ünvanınızı şifrələnmiş şəkildə saxlayır və bu kampaniya barədə sizinlə əlaqə saxlayırıq. IP ünvanınız yalnız gizli açarla hesablanmış xeş kimi saxlanılır və qısa müddətdən sonra silinir. Haqqınızda saxladığımız məlumatlara baxmağı və ya imzanızın silinməsini istənilən vaxt xahiş edə bilərsiniz. Petisiya bağlandıqdan sonra şəxsi məlumatlar anonimləşdirilir.`,
  ru: `Когда вы подписываете петицию, мы сохраняем ваше имя, вашу страну и хеш вашего адреса электронной почты, вычисленный с секретным ключом, чтобы подпись каждого человека учитывалась только один раз. Ваше имя показывается публично, только если вы отметите «Показывать моё имя на этом сайте». Только если вы отметите «Связываться со мной по поводу этой кампании (необязательно)», мы храним ваш адрес электронной почты в зашифрованном виде и связываемся с вами по поводу этой кампании. Ваш IP-адрес хранится только в виде хеша с секретным ключом и вскоре удаляется. В любой момент вы можете запросить данные, которые мы о вас храним, или попросить удалить вашу подпись. После закрытия петиции персональные данные обезличиваются.`,
} as const;

const CAMPAIGN = {
  slug: "azerbaijan-2013",
  headline: "Release everyone jailed in Azerbaijan for speaking out",
  callToAction: "Sign the petition for their immediate release",
  summary:
    "Organisations linked to the International Partnership Group on Azerbaijan and the Solidarity Platform call upon the Azerbaijani government to immediately release all journalists, political activists and human rights defenders jailed for speaking out about matters of public importance. " +
    "Between March and July 2013, youth activists of the N!DA, REAL and Free Youth movements were arrested; seven N!DA activists remained in detention, five of them named: Rashadat Akhundov, Uzeyir Mammadov, Rashad Huseynov, Zaur Gurbanli and Ilkin Rustamzade.",
  translations: {
    az: {
      headline: "Azərbaycanda fikirlərini ifadə etdiklərinə görə həbs edilən hər kəsi azad edin",
      callToAction: "Onların dərhal azad edilməsi üçün petisiyanı imzalayın",
    },
    ru: {
      headline: "Освободите всех, кого в Азербайджане лишили свободы за их высказывания",
      callToAction: "Подпишите петицию за их немедленное освобождение",
    },
  },
};

export type SeedResult = {
  campaignId: string;
  petitionId: string;
  statementId: string;
  caseId: string;
  detaineeIds: string[];
};

/**
 * What an earlier version of this seed wrote wrongly (found on review against the
 * statement), put right where the row still holds exactly what that seed wrote: a
 * value staff changed since is theirs and stays. Runs before the create-only upserts
 * below and is a no-op once applied, so the seed stays idempotent.
 */
async function correctEarlierSeed(tx: Tx): Promise<void> {
  await tx.source.updateMany({
    where: {
      id: SOURCES.statement.id,
      publisher: "International Partnership Group on Azerbaijan and Solidarity Platform",
    },
    data: { publisher: STATEMENT_PUBLISHER },
  });
  const statement = await tx.statement.findUnique({
    where: { slug: STATEMENT.slug },
    select: { id: true, title: true },
  });
  if (statement) {
    const bodies = await tx.organisation.findMany({
      where: { slug: { in: [ORGANISATIONS.ipga.slug, ORGANISATIONS.solidarity.slug] } },
      select: { id: true },
    });
    await tx.statementSignatory.deleteMany({
      where: { statementId: statement.id, organisationId: { in: bodies.map((b) => b.id) } },
    });
    if (statement.title === STATEMENT.title) {
      await tx.statement.update({ where: { id: statement.id }, data: { titleIsDescriptive: true } });
    }
    for (const [position, q] of QUOTES.entries()) {
      if (!q.reported) continue;
      await tx.quote.updateMany({
        where: { id: seedId(`quote:${STATEMENT.slug}:${position}`), text: q.text },
        data: { reportedFromOwnStatement: true },
      });
    }
  }
  const notes = SOURCES.seedNotes.id;
  for (const d of DETAINEES) {
    const detainee = await tx.detainee.findUnique({ where: { slug: d.slug }, select: { id: true } });
    if (!detainee) continue;
    // A surname other sources give is a disputed claim, not a spelling (added below).
    if (d.nameClaims) {
      const spellings = d.nameClaims.filter((c) => c.source === "other").map((c) => c.value);
      await tx.detaineeName.deleteMany({
        where: { detaineeId: detainee.id, name: { in: spellings }, sourceId: notes, isPrimary: false },
      });
    }
    if (d.variants.length === 0) {
      // The seed notes back no spelling of this person any more.
      await tx.detaineeSource.deleteMany({
        where: { detaineeId: detainee.id, sourceId: notes, field: "name", note: "Spelling variants." },
      });
    }
    // The Azerbaijani form the earlier seed gave Uzeyir ("Uzeyir Məmmədov") is replaced by "Üzeyir Məmmədov".
    await tx.detaineeName.deleteMany({
      where: { detaineeId: detainee.id, name: "Uzeyir Məmmədov", sourceId: notes, isPrimary: false },
    });
    // The Cyrillic forms were cited to the seed notes, which give none: they are the
    // editor's transliterations, and primary on /ru unless staff chose another.
    const hasRuPrimary =
      (await tx.detaineeName.count({ where: { detaineeId: detainee.id, lang: "ru", isPrimary: true } })) > 0;
    await tx.detaineeName.updateMany({
      where: { detaineeId: detainee.id, name: d.ru, sourceId: notes, isPrimary: false },
      data: { sourceId: null, transliteration: true, isPrimary: !hasRuPrimary },
    });
  }
}

async function seedSources(tx: Tx): Promise<void> {
  for (const s of Object.values(SOURCES)) {
    await tx.source.upsert({ where: { id: s.id }, create: s, update: {} });
  }
}

async function seedOrganisations(tx: Tx): Promise<Record<OrgKey, string>> {
  const ids = {} as Record<OrgKey, string>;
  for (const [key, o] of Object.entries(ORGANISATIONS) as [OrgKey, OrgSeed][]) {
    const row = await tx.organisation.upsert({
      where: { slug: o.slug },
      create: {
        slug: o.slug,
        name: o.name,
        shortName: o.shortName ?? null,
        kind: o.kind,
        description: o.description ?? null,
      },
      update: {},
      select: { id: true },
    });
    ids[key] = row.id;
  }
  return ids;
}

async function seedDetainee(tx: Tx, d: DetaineeSeed, refs: { caseId: string; nidaId: string }): Promise<string> {
  const statementSource = SOURCES.statement.id;
  const notesSource = SOURCES.seedNotes.id;

  const { id } = await tx.detainee.upsert({
    where: { slug: d.slug },
    create: {
      slug: d.slug,
      displayName: d.displayName,
      occupation: OCCUPATION,
      affiliationId: refs.nidaId,
      caseId: refs.caseId,
      // "remain in detention" without the stage: the vocabulary's IN_DETENTION.
      status: "IN_DETENTION",
      statusCertainty: "KNOWN",
      statusConfirmedOn: STATEMENT_YEAR,
      statusConfirmedPrecision: YEAR,
      translations: OCCUPATION_TRANSLATIONS,
      published: true,
    },
    update: {},
    select: { id: true },
  });

  const names: (NameVariant & { isPrimary: boolean; sourceId: string | null; transliteration: boolean })[] = [
    {
      name: d.displayName,
      script: "LATIN",
      lang: "en",
      isPrimary: true,
      sourceId: statementSource,
      transliteration: false,
    },
    { name: d.az, script: "LATIN", lang: "az", isPrimary: true, sourceId: null, transliteration: true },
    { name: d.ru, script: "CYRILLIC", lang: "ru", isPrimary: true, sourceId: null, transliteration: true },
    ...d.variants.map((v) => ({ ...v, isPrimary: false, sourceId: notesSource, transliteration: false })),
  ];
  for (const n of names) {
    // One primary name per language: one that staff chose meanwhile stays primary.
    const primaryTaken =
      n.isPrimary &&
      (await tx.detaineeName.count({
        where: { detaineeId: id, lang: n.lang, isPrimary: true, NOT: { name: n.name } },
      })) > 0;
    await tx.detaineeName.upsert({
      where: { detaineeId_name: { detaineeId: id, name: n.name } },
      create: { detaineeId: id, ...n, isPrimary: n.isPrimary && !primaryTaken, searchKey: toSearchKey(n.name) },
      update: {},
    });
  }

  for (const claim of d.nameClaims ?? []) {
    await tx.factClaim.upsert({
      where: { detaineeId_field_value: { detaineeId: id, field: "name", value: claim.value } },
      create: {
        detaineeId: id,
        field: "name",
        value: claim.value,
        searchKey: toSearchKey(claim.value),
        // "other": the statement's readers are told only that other sources say so.
        sourceId: claim.source === "statement" ? statementSource : null,
      },
      update: {},
    });
  }

  const facts: { sourceId: string; field: string; note?: string }[] = [
    { sourceId: statementSource, field: "name" },
    { sourceId: statementSource, field: "status", note: "Remains in detention (2013)." },
    { sourceId: statementSource, field: "affiliation", note: "One of the N!DA activists." },
    { sourceId: statementSource, field: "occupation", note: "Called a youth activist." },
    ...(d.variants.length > 0 ? [{ sourceId: notesSource, field: "name", note: "Spelling variants." }] : []),
  ];
  for (const f of facts) {
    await tx.detaineeSource.upsert({
      where: {
        detaineeId_sourceId_field: { detaineeId: id, sourceId: f.sourceId, field: f.field },
      },
      create: { detaineeId: id, sourceId: f.sourceId, field: f.field, note: f.note ?? null },
      update: {},
    });
  }

  // The only dated event the statement supports for each person. Not an ARREST:
  // the March-July 2013 arrests are reported for activists of three movements as
  // a group, so no arrest date or even month can be given for any one of them.
  const eventId = seedId(`event:${d.slug}:named-in-statement-2013`);
  await tx.caseEvent.upsert({
    where: { id: eventId },
    create: {
      id: eventId,
      detaineeId: id,
      type: "STATEMENT",
      occurredOn: STATEMENT_YEAR,
      precision: YEAR,
      title: "Named in a joint statement calling for release",
      description:
        "Organisations linked to the International Partnership Group on Azerbaijan and the Solidarity Platform named this person among seven N!DA activists who remain in detention, and called for the release of all those jailed for speaking out.",
      sources: { connect: [{ id: statementSource }] },
    },
    update: {},
  });

  return id;
}

/** Seeds the 2013 Azerbaijan campaign. Safe to run any number of times. */
export async function seedCampaign(prisma: PrismaClient): Promise<SeedResult> {
  // One transaction: a seed that fails half-way leaves nothing behind, so the
  // next run starts from a clean state instead of a half-linked one.
  return prisma.$transaction(
    async (tx) => {
      await correctEarlierSeed(tx);
      await seedSources(tx);
      const org = await seedOrganisations(tx);

      const caseRow = await tx.case.upsert({
        where: { slug: CASE.slug },
        create: { ...CASE, sourceId: SOURCES.statement.id },
        update: {},
        select: { id: true },
      });

      const detaineeIds: string[] = [];
      for (const d of DETAINEES) {
        detaineeIds.push(await seedDetainee(tx, d, { caseId: caseRow.id, nidaId: org.nida }));
      }

      const speakerIds = {} as Record<SpeakerKey, string>;
      for (const [key, s] of Object.entries(SPEAKERS) as [SpeakerKey, (typeof SPEAKERS)[SpeakerKey]][]) {
        const organisationId = org[s.org];
        const row = await tx.speaker.upsert({
          where: { name_organisationId: { name: s.name, organisationId } },
          create: { name: s.name, role: s.role, organisationId },
          update: {},
          select: { id: true },
        });
        speakerIds[key] = row.id;
      }

      const statement = await tx.statement.upsert({
        where: { slug: STATEMENT.slug },
        create: {
          ...STATEMENT,
          body: STATEMENT_BODY,
          kind: "JOINT_STATEMENT",
          status: "PUBLISHED",
          publishedAt: STATEMENT_YEAR,
          datePrecision: YEAR,
          titleIsDescriptive: true,
          sourceId: SOURCES.statement.id,
        },
        update: {},
        select: { id: true },
      });

      // No signatories: the statement is by organisations linked to the IPGA and the
      // Solidarity Platform, and it does not name them.
      await tx.statementDetainee.createMany({
        data: detaineeIds.map((detaineeId) => ({ statementId: statement.id, detaineeId })),
        skipDuplicates: true,
      });

      for (const [position, q] of QUOTES.entries()) {
        const id = seedId(`quote:${STATEMENT.slug}:${position}`);
        await tx.quote.upsert({
          where: { id },
          create: {
            id,
            statementId: statement.id,
            speakerId: speakerIds[q.speaker],
            text: q.text,
            position,
            reportedFromOwnStatement: q.reported ?? false,
            sourceId: SOURCES.statement.id,
          },
          update: {},
        });
      }

      const petition = await tx.petition.upsert({
        where: { slug: PETITION.slug },
        create: { ...PETITION, status: "OPEN" },
        update: {},
        select: { id: true },
      });
      // Per language, so a database seeded before a language existed gets it on the next run.
      for (const [locale, text] of Object.entries(CONSENT_V1)) {
        await tx.consentText.upsert({
          where: { petitionId_version_locale: { petitionId: petition.id, version: 1, locale } },
          create: { petitionId: petition.id, version: 1, locale, text },
          update: {},
        });
      }

      const campaign = await tx.campaign.upsert({
        where: { slug: CAMPAIGN.slug },
        create: { ...CAMPAIGN, petitionId: petition.id, sourceId: SOURCES.statement.id },
        update: {},
        select: { id: true },
      });
      // The seeded translations were made from the seeded English: stamp them so the
      // translation queue lists them as stale once staff change that English.
      await stampUnstampedTranslations(tx);

      return {
        campaignId: campaign.id,
        petitionId: petition.id,
        statementId: statement.id,
        caseId: caseRow.id,
        detaineeIds,
      };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error(
      "DATABASE_URL is not set. Example: DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/freevoices npm run db:seed",
    );
    process.exit(1);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const result = await seedCampaign(prisma);
    console.log(
      `Seeded campaign ${CAMPAIGN.slug}: ${result.detaineeIds.length} detainees, statement ${STATEMENT.slug}, petition ${PETITION.slug}.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
