// Name/value lists: Postman, HAR and Kubernetes environments, where the name is a sibling of the value.
import { describe, expect, it } from "vitest";
import { nameValueSpans } from "./name-value-exports";
import { covered } from "./span-test-helpers";

describe("nameValueSpans", () => {
  it.each([
    ["Postman", '{"values":[{"key":"baseUrl","value":"https://x"},{"key":"clientSecret","value":"SK-1","enabled":true}]}', [["SK-1", "client-secret"]]],
    ["Postman, value first", '[{"value":"c2ln","key":"X-SIGNATURE","type":"text"}]', [["c2ln", "signature"]]],
    ["Postman auth", '{"bearer":[{"key":"token","value":"tok-123","type":"string"}]}', [["tok-123", "token"]]],
    ["HAR headers", '{"headers":[{"name":"Content-Type","value":"application/json"},{"name":"Authorization","value":"Bearer abc"}]}', [["abc", "authorization"]]],
    ["HAR cookies", '{"cookies":[{"name":"JSESSIONID","value":"node0abc"}]}', [["node0abc", "token"]]],
    ["HAR query strings", '{"queryString":[{"name":"key","value":"AIza123"}]}', [["AIza123", "client-secret"]]],
    ["a Kubernetes environment", "env:\n  - name: DOKU_ENV\n    value: sandbox\n  - name: DOKU_SECRET_KEY\n    value: SK-kube\n", [["SK-kube", "client-secret"]]],
    ["Python", "[{'name': 'password', 'value': 'hunter2'}]", [["hunter2", "password"]]],
  ])("masks the value named as a secret in %s", (_notation, text, expected) => {
    expect(covered(text, nameValueSpans(text))).toEqual(expected);
  });

  it("never pairs a name with the value of another entry", () => {
    const text = '[{"name":"X-SIGNATURE"},{"name":"Content-Type","value":"application/json"}]\n- name: DOKU_SECRET_KEY\n- name: DOKU_ENV\n  value: sandbox';
    expect(nameValueSpans(text)).toEqual([]);
  });
});
