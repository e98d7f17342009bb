// Personal data by its shape: e-mail, cards in any grouping, NIK, phones, OTPs in a sentence; and what looks close.
import { describe, expect, it } from "vitest";
import { isCardNumber, isNik, personalDataSpans } from "./personal-data";
import { covered } from "./span-test-helpers";

describe("personalDataSpans", () => {
  it.each([
    ["an e-mail address", "contact budi.santoso+doku@example.co.id today", [["budi.santoso+doku@example.co.id", "email"]]],
    ["a URL-encoded e-mail", "email=budi%40example.com&x=1", [["budi%40example.com", "email"]]],
    ["a card with double spaces", "card 4111  1111  1111  1111 ok", [["4111  1111  1111  1111", "card-number"]]],
    ["a card with dots", "card 5555.5555.5555.4444 ok", [["5555.5555.5555.4444", "card-number"]]],
    ["a card glued after tok_", "tok_4012888888881881", [["4012888888881881", "card-number"]]],
    // Found by the property test: the hyphen made "-0" part of the run, and the "A" glued it all to a word.
    ["a card before a hyphen and a word", "see (tok_4000000000000002)-0A", [["4000000000000002", "card-number"]]],
    ["a card with a suffix", "card 4111111111111111-01x", [["4111111111111111", "card-number"]]],
    ["a card in pairs", "41 11 11 11 11 11 11 11", [["41 11 11 11 11 11 11 11", "card-number"]]],
    ["an Amex", "Amex 3782 822463 10005", [["3782 822463 10005", "card-number"]]],
    ["a card after a date", "paid on 2024-01-15 4111 1111 1111 1111", [["4111 1111 1111 1111", "card-number"]]],
    ["a NIK", "NIK 3174015708900003 ditolak", [["3174015708900003", "national-id"]]],
    ["a phone in parentheses", "hp (0812) 3456-7890.", [["(0812) 3456-7890", "phone"]]],
    ["an international phone", "call +62 812-3456-7890 now", [["+62 812-3456-7890", "phone"]]],
    ["an OTP in a sentence", "Kode OTP anda: 739104, jangan", [["739104", "otp"]]],
    ["an OTP before its word", "482913 is your OTP", [["482913", "otp"]]],
  ])("finds %s", (_what, text, expected) => {
    expect(covered(text, personalDataSpans(text))).toEqual(expected);
  });

  it.each([
    ["a response code", '{"responseCode":"4012400","responseMessage":"Invalid OTP"}'],
    ["an amount", '{"value":"6281234567.00"}'],
    ["a decimal", "ratio 0.081234567890"],
    ["a millisecond timestamp", "at 1705300000000"],
    ["an invoice number", "INV-2024-0812-3456-7890"],
    ["a VA number", "8808123456789012"],
    ["an external id", "41807553358950093184"],
    ["a card glued to a word", "x4111111111111111"],
    ["an OTP message without a code", "OTP expired, code 4030000"],
    ["Indonesian thousands", "Rp 1.250.000.000"],
    ["a URL's password", "https://user:pass@api.doku.com"],
  ])("leaves %s", (_what, text) => {
    expect(personalDataSpans(text)).toEqual([]);
  });
});

describe("isCardNumber and isNik", () => {
  it("take Luhn-valid numbers of payment cards' issuers only", () => {
    expect(["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4222222222222"].every(isCardNumber)).toBe(true);
    expect(["4111111111111112", "8808123456789012", "1705300000000", "0411111111111111", "41111111111111111111"].some(isCardNumber)).toBe(false);
  });

  it("take NIKs by their province, birth date and serial", () => {
    expect(isNik("3174015708900003")).toBe(true);
    expect(isNik("3174014708900003")).toBe(true);
    expect(["8808123456789012", "3174013508900003", "3174015713900003", "3174015708900000", "317401570890000"].some(isNik)).toBe(false);
  });
});
