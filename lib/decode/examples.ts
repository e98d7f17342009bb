// Example pastes the paste-box offers with one click. Shapes and codes follow the reference sources; identifiers are made up.
// Their labels in each language are DECODE_STRINGS[locale].examples (lib/i18n/decode.ts), in this order; the pastes
// are the same in both.

export interface ExamplePaste {
  label: string;
  text: string;
}

export const EXAMPLE_PASTES: ExamplePaste[] = [
  {
    label: "SNAP body",
    text: '{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}',
  },
  {
    label: "Raw HTTP response",
    text: [
      "HTTP/1.1 400 Bad Request",
      "Content-Type: application/json",
      "X-TIMESTAMP: 2025-03-01T10:15:30+07:00",
      "",
      '{"responseCode":"4002702","responseMessage":"Invalid Mandatory Field {partnerServiceId}","virtualAccountData":{"partnerServiceId":"","customerNo":"00000000000001","virtualAccountNo":"00000000000001","trxId":"INV-2025-0001"}}',
    ].join("\n"),
  },
  {
    label: "curl -v, non-SNAP",
    text: [
      "* Connected to api-sandbox.doku.com (203.0.113.10) port 443",
      "> POST /checkout/v1/payment HTTP/1.1",
      "> Host: api-sandbox.doku.com",
      "> Client-Id: MCH-0001-10791114622547",
      "> Request-Id: fdb69f47-96da-499d-acec-7cdc318ab2fe",
      "> Request-Timestamp: 2025-03-01T03:15:30Z",
      "> Signature: HMACSHA256=1jap2tpgvWt83tG4J7IhEwUrwmMt71OaIk0oL0e6sPM=",
      ">",
      "< HTTP/1.1 401 Unauthorized",
      "< Content-Type: application/json",
      "<",
      '{"error":{"code":"invalid_signature","message":"Invalid Header Signature","type":"invalid_request_error"}}',
    ].join("\n"),
  },
  {
    label: "Glossary envelope",
    text: '{"status": "FAILED", "response_code": "INVALID_PARAMETER", "response_message": "amount is required"}',
  },
  {
    label: "Log with two responses",
    text: [
      '2025-03-01 10:15:30 INFO  token  resp={"responseCode":"2007300","responseMessage":"Successful","tokenType":"Bearer","expiresIn":"900"}',
      "2025-03-01 10:15:31 ERROR create-va X-EXTERNAL-ID=41807553358950093184 resp={'responseCode': '4092700', 'responseMessage': 'Conflict'}",
    ].join("\n"),
  },
];
