// The word lists behind byline.cc: what introduces authors, what ends
// their names, and which words are roles or organisations rather than
// parts of a person's name. All lower case. Private to metadata/.
#ifndef NEWSIFT_METADATA_NAME_WORDS_INTERNAL_H_
#define NEWSIFT_METADATA_NAME_WORDS_INTERNAL_H_

#include <algorithm>
#include <span>
#include <string_view>

namespace newsift::metadata::name_words {

// clang-format off

// Prefixes that introduce authors, longest first where one is the start of
// another. A ":" after them is dropped too.
inline constexpr std::string_view kPrefixes[] = {
    "this post was written by", "this article was written by", "this story was written by",
    "written and reported by", "written by", "posted by", "reported by", "story by", "words by",
    "text by", "article by", "authored by", "compiled by", "published by", "a guest post by",
    "guest post by", "contributed by", "authors", "author(s)", "author", "contributors",
    "contributor", "by",
    "verfasst von", "erstellt von", "geschrieben von", "veröffentlicht von", "eingestellt von",
    "ein beitrag von", "ein kommentar von", "ein gastbeitrag von", "autorinnen", "autorin",
    "autoren", "autor", "von",
    "publié par", "écrit par", "rédigé par", "par", "escrito por", "publicado por", "por",
    "scritto da", "testo di", "di", "door", "skrevet af", "skrevet av", "av", "af",
    "napisane przez", "przez", "text", "texto", "tekst", "reportagem", "redactat de", "írta", "Írta",
    "napsal", "napsala", "kirjoittaja",
    "автор", "Автор", "авторы", "Авторы", "текст", "Текст", "του", "της", "Του", "Της", "بقلم",
    "بواسطة", "كتب", "yazan", "yazar", "oleh", "penulis", "bởi", "מאת", "लेखक",
    "เขียนโดย", "ผู้เขียน", "โดย",
    "本报记者", "特约记者", "记者", "通讯员", "作者", "文", "記者", "撰文"};

// Words that end the names: a date, a link label or a comment follows.
inline constexpr std::string_view kStopWords[] = {
    "updated", "published", "posted", "last", "twitter", "email", "e-mail", "follow",
    "facebook", "linkedin", "instagram", "x.com", "read", "view", "veröffentlicht",
    "aktualisiert", "publiziert", "publié", "publicado", "says", "sagt", "wrote", "schreibt", "tags",
    "tagged", "schlagwörter", "kategorie", "category", "categories", "filed", "datum", "date",
    "print", "pdf", "uppdaterad", "publicerad", "bijgewerkt", "gepubliceerd", "opdateret",
    "|", "•", "·", "—", "–", "-", "/"};

// Stop words only when written in lower case ("on 3 May", "am 8. Mai"),
// since "El Said" and "On Kawara" are names.
inline constexpr std::string_view kLowerStopWords[] = {"on", "am", "um", "le", "el", "il", "at",
                                                       "in", "with"};

// Month and day names end the names when a number follows ("Jane Doe
// December 17, 2025"), not otherwise ("Theresa May").
inline constexpr std::string_view kDateWords[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
    "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
    "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro",
    "outubro", "dezembro", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mo",
    "di", "mi", "do", "fr", "sa", "so"};

// Roles and credentials: never part of a person's name; dropped from the
// end of one ("Jane Doe Chefredakteur", "Jane Doe, PhD").
inline constexpr std::string_view kRoleWords[] = {
    "writer", "writers", "reporter", "reporters", "editor", "editors", "editor-in-chief",
    "correspondent", "contributor", "contributors", "columnist", "producer", "journalist",
    "journalistin", "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "autor",
    "autorin", "fotograf", "fotografin", "redner", "rednerin", "rédacteur", "rédactrice",
    "expert", "experte",
    "founder", "co-founder", "ceo", "cto", "cfo", "director", "manager", "reviewer", "author",
    "admin", "administrator", "coordinator", "specialist", "consultant", "officer", "president",
    "intern", "freelance", "freelancer", "host", "anchor", "presenter", "blogger", "moderator",
    "webmaster", "analyst", "strategist", "scientist", "researcher", "professor", "lecturer",
    "attorney", "lawyer", "physician", "winemaker", "chef", "photographer", "illustrator",
    "engineer", "developer", "designer", "programmer",
    "name", "staff", "team", "desk", "redaktion", "newsroom", "rédaction", "editorial"};

// Credentials and suffixes after a name, dropped ("Jane Doe, PhD"); "Md"
// before one is a name ("Md Aynal Haque").
inline constexpr std::string_view kCredentials[] = {
    "phd", "md", "dvm", "vmd", "rn", "bsn", "mba", "cfa", "cfp", "cpa", "esq", "jr", "sr",
    "rd", "ms", "ma", "ba", "bsc", "msc", "lvt", "faclm", "dacvb"};

// Collective bylines: a name that ends in one of these is a group, not a
// person ("Podium Staff", "Britannica Editors").
inline constexpr std::string_view kCollectiveWords[] = {
    "staff", "team", "desk", "editors", "editorial", "redaktion", "newsroom", "rédaction",
    "redação", "redacao", "redacción", "redazione", "writers", "reporters", "contributors"};

// Words before a role that belong to it ("Senior Tech Reporter", "Managing
// Editor"), dropped with it.
inline constexpr std::string_view kRoleModifiers[] = {
    "senior", "chief", "lead", "head", "managing", "executive", "deputy", "associate",
    "assistant", "contributing", "special", "guest", "staff", "political", "tech", "technology",
    "science", "health", "security", "digital", "sports", "business", "news", "data",
    "investigative", "video", "audio", "photo", "features", "social", "media", "content",
    "marketing", "community", "development", "research", "travel", "food", "culture",
    "certified", "licensed", "pediatric", "freier", "freie", "leitender", "leitende",
    "politics", "review", "reviews", "opinion", "world", "national", "local", "economics",
    "finance", "entertainment", "lifestyle", "arts", "master"};

// Words a person's name never has: labels and link texts that sit in
// byline markup ("Verified", "Learn More", "Most Recent Stories").
inline constexpr std::string_view kNonNameWords[] = {
    "news", "press", "agency", "bureau", "photos", "photo", "video", "opinion", "analysis",
    "share", "subscribe", "newsletter", "profile", "posts", "articles", "verified", "social",
    "stories", "recent", "archive", "bio", "learn", "more", "about", "contact", "comments",
    "comment", "sponsored", "promoted", "advertiser", "advertising", "research", "online",
    "media", "services", "service", "wire", "partner", "global", "commons", "senior", "chief",
    "managing", "executive", "deputy", "master", "certified", "licensed", "menu", "home",
    "search", "login", "subscribe", "navigation", "skip", "marketing", "project", "log",
    "spotlight", "unknown", "link", "links", "analytics", "undefined", "null", "tweet",
    "anmelden", "registrieren", "official", "tips", "leadership", "wellness", "prevention",
    "dentistry", "financial", "strategy"};

// Words that make a name an organisation's.
inline constexpr std::string_view kOrganisationWords[] = {
    "inc", "llc", "ltd", "gmbh", "ag", "e.v", "corp", "corporation", "company", "co", "group",
    "media", "news", "newsroom", "press", "times", "post", "journal", "magazine", "tribune",
    "herald", "daily", "network", "tv", "radio", "agency", "agencies", "organization",
    "organisation", "university", "institute", "college",
    "school", "association", "society", "council", "department", "center", "centre",
    "foundation", "committee", "bureau", "office", "ministry", "government", "services", "team",
    "staff", "desk", "redaktion", "editorial", "online", "blog", "verlag", "zeitung",
    "rundschau", "nachrichten", "gazette", "chronicle", "observer", "telegraph", "reuters",
    "bloomberg", "associated", "presse", "agentur", "agencia", "agência", "agence", "agenzia", "club", "verein", "hospital", "clinic",
    "library", "museum", "store", "shop", "studios", "labs", "solutions", "systems",
    "technologies", "partners", "publishing", "publications", "productions", "channel",
    "research", "sports", "communications", "interactive", "redacción", "redaccion",
    "redação", "redacao", "redazione", "magazin", "abteilung", "feuerwehr"};

// News agencies, written as their acronyms.
inline constexpr std::string_view kAgencies[] = {
    "dpa", "afp", "apa", "sda", "kna", "epd", "ap", "ani", "pti", "ians", "efe", "ansa", "tnn",
    "bss", "upi", "ddp", "ots"};

// Particles that stay lower case inside names ("Ludwig van Beethoven").
inline constexpr std::string_view kParticles[] = {
    "van", "von", "de", "der", "den", "la", "le", "da", "di", "du", "des", "del", "dos", "das",
    "bin", "binti", "al", "el", "y", "e", "zu", "ten", "ter", "af", "st", "dei", "degli"};

// Separators between several authors' names.
inline constexpr std::string_view kNameSeparators[] = {
    " and ", " & ", " und ", " et ", " y ", " e ", " i ", " og ", " en ", " och ", " и ",
    " oraz ", " ve ", " és ", " และ ", " và ", " और "};

// Separators only when written in lower case: Indonesian "dan" ("and")
// is also a given name ("Jane Dan Smith").
inline constexpr std::string_view kLowerNameSeparators[] = {" dan "};

// Honorifics before a name, dropped; German lawyers put their title
// there ("Rechtsanwalt Jan Muster").
inline constexpr std::string_view kHonorifics[] = {
    "dr", "prof", "mr", "mrs", "ms", "sir", "dame", "herr", "frau", "mme", "rechtsanwalt",
    "rechtsanwältin", "fachanwalt", "fachanwältin", "notar", "notarin"};

// clang-format on

inline bool Contains(std::span<const std::string_view> list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace newsift::metadata::name_words

#endif  // NEWSIFT_METADATA_NAME_WORDS_INTERNAL_H_
