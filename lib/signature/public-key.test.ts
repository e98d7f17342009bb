// The "Public key" field: SPKI, PKCS#1 (wrapped into SPKI), a certificate, bare Base64; private keys always refused.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPublicKey, wrapPkcs1 } from "./public-key";

const pair = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
const spkiDer = pair.publicKey.export({ type: "spki", format: "der" });
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("readPublicKey", () => {
  it("reads BEGIN PUBLIC KEY (SPKI) and gives the key's size", () => {
    const reading = readPublicKey(pair.publicKey.export({ type: "spki", format: "pem" }).toString());
    expect(reading).toMatchObject({ kind: "public-key", format: "spki", bits: 2048 });
    expect(reading.kind === "public-key" && Buffer.from(reading.spki).equals(spkiDer)).toBe(true);
  });

  it("wraps BEGIN RSA PUBLIC KEY (PKCS#1) into the same SPKI that Node exports", () => {
    const reading = readPublicKey(pair.publicKey.export({ type: "pkcs1", format: "pem" }).toString());
    expect(reading).toMatchObject({ kind: "public-key", format: "pkcs1", bits: 2048 });
    expect(reading.kind === "public-key" && Buffer.from(reading.spki).equals(spkiDer)).toBe(true);
  });

  it("wraps keys of other sizes too (short and long DER length forms)", () => {
    for (const bits of [512, 1024]) {
      const other = crypto.generateKeyPairSync("rsa", { modulusLength: bits }).publicKey;
      const wrapped = wrapPkcs1(other.export({ type: "pkcs1", format: "der" }));
      expect(Buffer.from(wrapped).equals(other.export({ type: "spki", format: "der" }))).toBe(true);
    }
  });

  it("reads bare Base64 DER, and the public key inside a certificate", () => {
    expect(readPublicKey(spkiDer.toString("base64"))).toMatchObject({ kind: "public-key", format: "spki" });
    const fromCertificate = readPublicKey(fixture("test-certificate.pem"));
    const expected = readPublicKey(fixture("test-certificate-public-key.pem"));
    expect(fromCertificate).toMatchObject({ kind: "public-key", format: "certificate", bits: 2048 });
    expect(fromCertificate.kind === "public-key" && expected.kind === "public-key" && Buffer.from(fromCertificate.spki).equals(Buffer.from(expected.spki))).toBe(true);
  });

  it("refuses private keys in PEM, DER, encrypted, OpenSSH, PuTTY and JWK form", () => {
    const ec = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
    const forms = [
      pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      pair.privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      pair.privateKey.export({ type: "pkcs8", format: "der" }).toString("base64"),
      pair.privateKey.export({ type: "pkcs1", format: "der" }).toString("base64"),
      ec.privateKey.export({ type: "sec1", format: "der" }).toString("base64"),
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----",
      "PuTTY-User-Key-File-3: ssh-rsa\nPrivate-Lines: 14",
      JSON.stringify(pair.privateKey.export({ format: "jwk" })),
    ];
    for (const form of forms) expect(readPublicKey(form).kind, form.slice(0, 30)).toBe("private-key");
  });

  it("explains keys it cannot use", () => {
    const ec = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(readPublicKey(ec)).toMatchObject({ kind: "not-rsa", problem: expect.stringMatching(/elliptic-curve/) });
    expect(readPublicKey("ssh-rsa AAAAB3NzaC1yc2E me@host")).toMatchObject({ kind: "not-a-key", problem: expect.stringMatching(/OpenSSH/) });
    expect(readPublicKey("-----BEGIN PUBLIC KEY-----\nMIIBIjAN")).toMatchObject({ kind: "not-a-key", problem: expect.stringMatching(/cut off/) });
    expect(readPublicKey("hello").kind).toBe("not-a-key");
    expect(readPublicKey("").kind).toBe("empty");
  });
});
