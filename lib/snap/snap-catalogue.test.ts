import { describe, expect, it } from "vitest";
import { listEntries, listNotes, listServices } from "../content/load";
import { toSnapCatalogue } from "./snap-catalogue";

const english = toSnapCatalogue(listEntries(), listServices(), listNotes());
const indonesian = toSnapCatalogue(listEntries(), listServices(), listNotes(), "id");

describe("toSnapCatalogue", () => {
  it("builds the same codes at the same unprefixed paths in both languages", () => {
    const pick = (refs: readonly { code: string; url: string; responseMessage?: string }[]) => refs.map(({ code, url, responseMessage }) => ({ code, url, responseMessage }));
    expect(pick(indonesian.cases)).toEqual(pick(english.cases));
    expect(pick(indonesian.codes)).toEqual(pick(english.codes));
    expect(indonesian.services.map((service) => service.name)).toEqual(english.services.map((service) => service.name));
  });

  it("gives our titles, family names and notes in Indonesian, and says so", () => {
    const entry = listEntries().find((candidate) => candidate.id === "snap/4042412");
    expect(indonesian.codes.find((ref) => ref.code === "4042412")?.title).toBe(entry?.id_ID.title);
    expect(indonesian.services.find((service) => service.code === "24")?.group).toBe("Virtual account");
    expect(indonesian.services.find((service) => service.code === "01")?.group).toBe("Registrasi dan binding");
    expect(indonesian.notes["letter-service-codes"]?.text).toBe(listNotes().find((note) => note.id === "letter-service-codes")?.textId);
    expect(indonesian.locale).toBe("id");
    expect(english).not.toHaveProperty("locale");
  });
});
