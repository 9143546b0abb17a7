// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

import { type Formats, type KeywordGroups, type Schema, type ValidatorEntry, entryWith } from "../src/validation/compile.js";
import { additionalProperties, maxLength, maxProperties, maximum, minLength, minimum, pattern, properties, propertyNames, required } from "../src/validation/keywords-typed.js";
import { $ref, anyOf, const_, format, knownValues, oneOf, strictOnly } from "../src/validation/keywords-untyped.js";
import { fast_date_time, fast_email, fast_uri, full_int64 } from "../src/validation/formats.js";

export type { CompiledValidator, SchemaError, ValidatorEntry } from "../src/validation/compile.js";

/** The checker's keywords these schemas use, in its order of evaluation (a bundle keeps no other). */
const keywords: KeywordGroups = [
  { keywords: { $ref, const: const_, anyOf, oneOf, strictOnly, knownValues } },
  { type: "number", keywords: { maximum, minimum, format } },
  { type: "string", keywords: { maxLength, minLength, pattern, format } },
  { type: "object", keywords: { maxProperties, required, propertyNames, additionalProperties, properties } },
];
const formats: Formats = { "date-time": { check: fast_date_time }, "email": { check: fast_email }, "int64": { number: true, check: full_int64 }, "uri": { check: fast_uri } };
/** The component schemas the events reference. */
const defs: Record<string, Schema> = {"Currency":{"type":"string","strictOnly":{"pattern":"^[A-Z]{3}$"}},"Customer":{"type":"object","required":["email"],"properties":{"email":{"type":"string","strictOnly":{"format":"email"}},"name":{"type":"string"}}},"EventId":{"type":"string","strictOnly":{"pattern":"^evt_[A-Za-z0-9]{1,64}$"}},"Metadata":{"type":"object","additionalProperties":{"type":"string","strictOnly":{"maxLength":500}},"strictOnly":{"maxProperties":20,"propertyNames":{"maxLength":40}}},"Payment":{"type":"object","required":["id","status","amount","amount_refunded","currency","description","customer","metadata","confirmation_url","created_at","expires_at","failure"],"properties":{"id":{"$ref":"#/$defs/PaymentId"},"status":{"$ref":"#/$defs/PaymentStatus"},"amount":{"type":"integer","strictOnly":{"format":"int64","minimum":1,"maximum":9007199254740991}},"amount_refunded":{"type":"integer","strictOnly":{"format":"int64","minimum":0,"maximum":9007199254740991}},"currency":{"$ref":"#/$defs/Currency"},"description":{"type":["string","null"]},"customer":{"$ref":"#/$defs/Customer"},"metadata":{"$ref":"#/$defs/Metadata"},"confirmation_url":{"type":["string","null"],"strictOnly":{"format":"uri"}},"return_url":{"type":["string","null"],"strictOnly":{"format":"uri","maxLength":2048}},"created_at":{"type":"string","strictOnly":{"format":"date-time"}},"expires_at":{"type":"string","strictOnly":{"format":"date-time"}},"failure":{"anyOf":[{"$ref":"#/$defs/PaymentFailure"},{"type":"null"}],"strictOnly":{"oneOf":[{"$ref":"#/$defs/PaymentFailure"},{"type":"null"}]}}}},"PaymentFailedEvent":{"type":"object","required":["id","type","created_at","data"],"properties":{"id":{"$ref":"#/$defs/EventId"},"type":{"type":"string","const":"payment.failed"},"created_at":{"type":"string","strictOnly":{"format":"date-time"}},"data":{"type":"object","required":["object"],"properties":{"object":{"$ref":"#/$defs/Payment"}}}}},"PaymentFailure":{"type":"object","required":["code","message"],"properties":{"code":{"$ref":"#/$defs/PaymentFailureCode"},"message":{"type":"string"}}},"PaymentFailureCode":{"type":"string","knownValues":["card_declined","insufficient_funds","expired_card","authentication_failed","processing_error"]},"PaymentId":{"type":"string","strictOnly":{"pattern":"^pay_[A-Za-z0-9]{1,64}$"}},"PaymentRefundedEvent":{"type":"object","required":["id","type","created_at","data"],"properties":{"id":{"$ref":"#/$defs/EventId"},"type":{"type":"string","const":"payment.refunded"},"created_at":{"type":"string","strictOnly":{"format":"date-time"}},"data":{"type":"object","required":["object"],"properties":{"object":{"$ref":"#/$defs/Payment"}}}}},"PaymentStatus":{"type":"string","knownValues":["pending","succeeded","failed","canceled","expired","refunded","partially_refunded"]},"PaymentSucceededEvent":{"type":"object","required":["id","type","created_at","data"],"properties":{"id":{"$ref":"#/$defs/EventId"},"type":{"type":"string","const":"payment.succeeded"},"created_at":{"type":"string","strictOnly":{"format":"date-time"}},"data":{"type":"object","required":["object"],"properties":{"object":{"$ref":"#/$defs/Payment"}}}}}};
const entry = (schema: Schema) => entryWith(keywords, schema, [], formats, defs);

/**
 * Event validators. `validate(event)` is a tolerant reader: it checks types, required fields and `const`,
 * and accepts what the spec calls non-breaking (a new optional field, a new value of an `x-growable-enum`, a
 * value beyond a loosened bound, pattern or format). `validate.call({ strict: true }, event)` checks the schema exactly.
 */
export const webhookValidators = {
  "payment.succeeded": entry({"$ref":"#/$defs/PaymentSucceededEvent"}),
  "payment.failed": entry({"$ref":"#/$defs/PaymentFailedEvent"}),
  "payment.refunded": entry({"$ref":"#/$defs/PaymentRefundedEvent"}),
};

/** The envelope every event shares ({ id, type, created_at, data: { object } }), for types this SDK does not know. */
export const webhookEnvelope: ValidatorEntry = entry({"type":"object","required":["id","type","created_at","data"],"properties":{"id":{"$ref":"#/$defs/EventId"},"created_at":{"type":"string","strictOnly":{"format":"date-time"}},"type":{"type":"string","minLength":1},"data":{"type":"object","required":["object"],"properties":{"object":{"type":"object"}}}}});
