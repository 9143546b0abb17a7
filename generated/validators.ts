// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

import { type Formats, type KeywordGroups, type Schema, entryWith } from "../src/validation/compile.js";
import { additionalProperties, maxLength, maxProperties, maximum, minLength, minimum, pattern, properties, propertyNames, required } from "../src/validation/keywords-typed.js";
import { const_, enum_, format, if_ } from "../src/validation/keywords-untyped.js";
import { full_date_time, full_email, full_uri } from "../src/validation/formats.js";

export type { CompiledValidator, SchemaError, ValidatorEntry } from "../src/validation/compile.js";

const s0: Schema = {"type":"object","additionalProperties":false,"required":["scope"],"properties":{"scope":{"type":"string","pattern":"^(payments\\.read|payments\\.write)( (payments\\.read|payments\\.write))*$"}}};
const s1: Schema = {"type":"object","additionalProperties":false,"properties":{"X-PayConnect-Client":{"type":"string","maxLength":200,"pattern":"^[a-z0-9-]+/\\d+\\.\\d+\\.\\d+( \\([^)]*\\))?$"}}};
const s2: Schema = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":100,"default":10},"starting_after":{"type":"string","pattern":"^pay_[A-Za-z0-9]{1,64}$"},"status":{"type":"string","enum":["pending","succeeded","failed","canceled","expired","refunded","partially_refunded"]},"customer_email":{"type":"string","format":"email","maxLength":254},"created_gte":{"type":"string","format":"date-time"},"created_lt":{"type":"string","format":"date-time"}}};
const s3: Schema = {"type":"object","additionalProperties":false,"required":["amount","currency","customer"],"properties":{"amount":{"type":"integer","minimum":1,"maximum":9007199254740991},"currency":{"type":"string","pattern":"^[A-Z]{3}$"},"description":{"type":"string","maxLength":500},"customer":{"type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"type":"string","format":"email","maxLength":254},"name":{"type":"string","maxLength":200}}},"metadata":{"type":"object","maxProperties":20,"propertyNames":{"maxLength":40},"additionalProperties":{"type":"string","maxLength":500}},"return_url":{"type":"string","format":"uri","pattern":"^https?://","maxLength":2048}},"if":{"required":["currency"],"properties":{"currency":{"const":"RUB"}}},"then":{"properties":{"amount":{"maximum":20000000}}}};
const s4: Schema = {"type":"object","additionalProperties":false,"properties":{"X-PayConnect-Client":{"type":"string","maxLength":200,"pattern":"^[a-z0-9-]+/\\d+\\.\\d+\\.\\d+( \\([^)]*\\))?$"},"Idempotency-Key":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[\\x21-\\x7E]+$"}}};
const s5: Schema = {"type":"object","additionalProperties":false,"properties":{"payment_id":{"type":"string","pattern":"^pay_[A-Za-z0-9]{1,64}$"}},"required":["payment_id"]};
const s6: Schema = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":100,"default":10},"starting_after":{"type":"string","pattern":"^re_[A-Za-z0-9]{1,64}$"}}};
const s7: Schema = {"type":"object","additionalProperties":false,"properties":{"amount":{"type":"integer","minimum":1,"maximum":9007199254740991},"reason":{"type":"string","enum":["requested_by_customer","duplicate","fraudulent"]},"metadata":{"type":"object","maxProperties":20,"propertyNames":{"maxLength":40},"additionalProperties":{"type":"string","maxLength":500}}}};
const s8: Schema = {"type":"object","additionalProperties":false,"properties":{"refund_id":{"type":"string","pattern":"^re_[A-Za-z0-9]{1,64}$"}},"required":["refund_id"]};
const s9: Schema = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":100,"default":10},"starting_after":{"type":"string","pattern":"^evt_[A-Za-z0-9]{1,64}$"},"type":{"type":"string","enum":["payment.succeeded","payment.failed","payment.refunded"]},"payment_id":{"type":"string","pattern":"^pay_[A-Za-z0-9]{1,64}$"}}};
const s10: Schema = {"type":"object","additionalProperties":false,"properties":{"event_id":{"type":"string","pattern":"^evt_[A-Za-z0-9]{1,64}$"}},"required":["event_id"]};

/** The checker's keywords these schemas use, in its order of evaluation (a bundle keeps no other). */
const keywords: KeywordGroups = [
  { keywords: { const: const_, enum: enum_, if: if_ } },
  { type: "number", keywords: { maximum, minimum, format } },
  { type: "string", keywords: { maxLength, minLength, pattern, format } },
  { type: "object", keywords: { maxProperties, required, propertyNames, additionalProperties, properties } },
];
const formats: Formats = { "date-time": { check: full_date_time }, "email": { check: full_email }, "uri": { check: full_uri } };
const entry = (schema: Schema, errorCodes: ReadonlyArray<readonly [string, string]>) => entryWith(keywords, schema, errorCodes, formats);

/** Validators of every operation's body, query, path and header parameters, by operationId. */
export const requestValidators = {
  createAccessToken: {
    body: entry(s0, []),
    header: entry(s1, []),
  },
  listPayments: {
    query: entry(s2, []),
    header: entry(s1, []),
  },
  createPayment: {
    body: entry(s3, [["#/properties/customer/properties/email","invalid_email"],["#/then/properties/amount","amount_too_large"],["#/properties/currency","invalid_currency"],["#/properties/amount","invalid_amount"]]),
    header: entry(s4, []),
  },
  getPayment: {
    path: entry(s5, []),
    header: entry(s1, []),
  },
  cancelPayment: {
    path: entry(s5, []),
    header: entry(s4, []),
  },
  listRefunds: {
    query: entry(s6, []),
    path: entry(s5, []),
    header: entry(s1, []),
  },
  createRefund: {
    body: entry(s7, [["#/properties/amount","invalid_amount"]]),
    path: entry(s5, []),
    header: entry(s4, []),
  },
  getRefund: {
    path: entry(s8, []),
    header: entry(s1, []),
  },
  listEvents: {
    query: entry(s9, []),
    header: entry(s1, []),
  },
  getEvent: {
    path: entry(s10, []),
    header: entry(s1, []),
  },
};
