import enChange from "@/messages/en/statusChange.json";
import azChange from "@/messages/az/statusChange.json";
import ruChange from "@/messages/ru/statusChange.json";
import enStatus from "@/messages/en/status.json";
import azStatus from "@/messages/az/status.json";
import ruStatus from "@/messages/ru/status.json";

const catalogues = {
  en: { change: enChange.event, status: enStatus as Record<string, string> },
  az: { change: azChange.event, status: azStatus as Record<string, string> },
  ru: { change: ruChange.event, status: ruStatus as Record<string, string> },
};

/**
 * The timeline title of a status change in each language, from the same catalogues
 * as the public status labels: a reader on /az or /ru sees it in their language.
 */
export function statusChangeTitles(from: string, to: string): { en: string; az: string; ru: string } {
  const title = (locale: keyof typeof catalogues) => {
    const { change, status } = catalogues[locale];
    return change.replace("{from}", status[from] ?? from).replace("{to}", status[to] ?? to);
  };
  return { en: title("en"), az: title("az"), ru: title("ru") };
}
