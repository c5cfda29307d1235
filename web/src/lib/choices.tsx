import { clientLanguages, type Sector, sectors } from "@rinnalla/core/request";
import { Checkboxes, type CheckboxesProps, Select, type SelectProps } from "./fields.tsx";
import { languageName, locale, sectorName, tr } from "./i18n.ts";
import { MultiSelect } from "./MultiSelect.tsx";

/** The lists every part offers (sectors, the client languages), by their names in the UI language. */

type ClientLanguage = (typeof clientLanguages)[number];
type Named<P> = Omit<P, "options" | "optionLabel">;

export function SectorCheckboxes(props: Named<CheckboxesProps<Sector>>) {
  return <Checkboxes {...props} options={sectors} optionLabel={sectorName} />;
}

export function SectorSelect(props: Named<SelectProps<Sector>>) {
  return <Select {...props} options={sectors} optionLabel={sectorName} />;
}

export function LanguageCheckboxes(props: Named<CheckboxesProps<ClientLanguage>>) {
  return <Checkboxes {...props} options={clientLanguages} optionLabel={languageName} />;
}

export function LanguageSelect(props: Named<SelectProps<ClientLanguage>>) {
  return <Select {...props} options={clientLanguages} optionLabel={languageName} />;
}

/**
 * Each language's name in itself, as its speakers write it. Kept here rather than asked of
 * `Intl.DisplayNames`: browsers' data lacks several of them (Chromium names Somali, Kurdish,
 * Albanian and Tigrinya only in English), and these are the languages it matters most for.
 */
const ownNames: Record<ClientLanguage, string> = {
  fi: "suomi",
  sv: "svenska",
  en: "English",
  fse: "suomalainen viittomakieli",
  fss: "finlandssvenskt teckenspråk",
  ru: "русский",
  et: "eesti",
  ar: "العربية",
  so: "Soomaali",
  uk: "українська",
  fa: "فارسی",
  ku: "Kurdî / کوردی",
  sq: "shqip",
  tr: "Türkçe",
  vi: "Tiếng Việt",
  th: "ไทย",
  zh: "中文",
  es: "español",
  fr: "français",
  ti: "ትግርኛ",
};

/** The language's own name when it differs from its name in the UI ("Soomaali" beside "Somali"). */
export function ownName(code: ClientLanguage): string | undefined {
  const own = ownNames[code];
  if (own.toLocaleLowerCase() === languageName(code).toLocaleLowerCase()) return undefined;
  return own.charAt(0).toLocaleUpperCase(code) + own.slice(1);
}

const englishNames = new Map<string, string | undefined>();

/** The language's English name, which people often know it by, when the browser has it. */
function englishName(code: string): string | undefined {
  if (!englishNames.has(code)) {
    let name: string | undefined;
    try {
      name = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(code);
    } catch {
      name = undefined; // no Intl.DisplayNames: the other names are enough to search by
    }
    englishNames.set(code, name);
  }
  return englishNames.get(code);
}

/**
 * The client languages as a searchable multi-select: a language is found by its name in the UI
 * language, in English or in itself, and shown with its own name beside (a client choosing their
 * own language recognises it).
 */
export function LanguagePicker(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  value: readonly ClientLanguage[];
  onChange: (value: ClientLanguage[]) => void;
}) {
  return (
    <MultiSelect
      {...props}
      options={clientLanguages}
      optionLabel={languageName}
      searchNames={(code) =>
        [ownNames[code], locale() === "en" ? undefined : englishName(code)].filter(
          (n): n is string => !!n,
        )
      }
      optionDetail={(code) => {
        const text = ownName(code);
        return text ? { text, lang: code } : undefined;
      }}
      chosenLabel={tr("picker.languages.chosen")}
      noMatch={tr("picker.languages.noMatch")}
    />
  );
}
