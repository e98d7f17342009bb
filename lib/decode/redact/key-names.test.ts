// Key names, read as words: which hold a secret or personal data, and which only describe one or identify a merchant.
import { describe, expect, it } from "vitest";
import { secretKindOfKey, wordsOf } from "./key-names";

describe("wordsOf", () => {
  it.each([
    ["X-CLIENT-KEY", ["x", "client", "key"]],
    ["primaryAccountNumber", ["primary", "account", "number"]],
    ["DOKU_CLIENT_SECRET", ["doku", "client", "secret"]],
    ["XSignature", ["x", "signature"]],
    ["cvv2", ["cvv2"]],
  ])("splits %j into %j", (name, words) => {
    expect(wordsOf(name)).toEqual(words);
  });
});

describe("secretKindOfKey", () => {
  it.each([
    ["sharedKey", "client-secret"],
    ["SHAREDKEY", "client-secret"],
    ["DOKU_SECRET_KEY", "client-secret"],
    ["webhookSecret", "client-secret"],
    ["X-API-KEY", "client-secret"],
    ["credentials", "client-secret"],
    ["cardCvv", "cvv"],
    ["card_cvn", "cvv"],
    ["securityCode", "cvv"],
    ["otp", "otp"],
    ["otpCode", "otp"],
    ["pin", "otp"],
    ["pinCode", "otp"],
    ["hmac", "signature"],
    ["hmacSha256", "signature"],
    ["WORDS", "signature"],
    ["X-SIGNATURE", "signature"],
    ["DB_PASS", "password"],
    ["SMTP_PASSWD", "password"],
    ["newPassword", "password"],
    ["private_key", "private-key"],
    ["privateKeyPem", "private-key"],
    ["accessToken", "token"],
    ["Set-Cookie", "token"],
    ["JSESSIONID", "token"],
    ["laravel_session", "token"],
    ["Authorization", "authorization"],
    ["Authorization-Customer", "authorization"],
    ["primaryAccountNumber", "card-number"],
    ["ccNumber", "card-number"],
    ["pan", "card-number"],
    ["expiryDate", "card-expiry"],
    ["exp_month", "card-expiry"],
    ["nik", "national-id"],
    ["customerNik", "national-id"],
    ["identityNumber", "national-id"],
    ["bankAccountNumber", "account-number"],
    ["beneficiaryAccountNo", "account-number"],
    ["contactNo", "phone"],
    ["noHp", "phone"],
    ["mobileNumber", "phone"],
    ["customerEmail", "email"],
    ["<ns2:accessToken", "token"],
  ])("%j holds %s", (name, kind) => {
    expect(secretKindOfKey(name.replace(/^</, ""))).toBe(kind);
  });

  it.each([
    // DOKU's Client ID: a public identifier support asks for.
    "X-CLIENT-KEY", "clientKey", "client_key", "Client-Id", "clientId", "X-PARTNER-ID",
    // Names that describe a secret rather than hold one.
    "tokenType", "token_type", "expiresIn", "signatureMethod", "passwordPolicy", "otpLength", "tokenExpiry",
    // Identifiers and other fields.
    "virtualAccountNo", "partnerReferenceNo", "customerNo", "trxId", "maskedCardNumber", "publicKey", "expiredDate",
    "timespan", "pinned", "responseCode", "approvalCode", "exp", "key", "sessionTimeout",
  ])("%j holds nothing secret", (name) => {
    expect(secretKindOfKey(name)).toBeUndefined();
  });

  it("reads short names as credentials only where they are: key= in a query, d in a JSON Web Key", () => {
    expect(secretKindOfKey("key", { query: true })).toBe("client-secret");
    expect(secretKindOfKey("d")).toBeUndefined();
    expect(secretKindOfKey("d", { jwk: true })).toBe("private-key");
  });
});
