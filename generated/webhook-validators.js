// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// validators.js
var webhook_payment_succeeded = validate20;
var schema31 = { "type": "object", "description": "Envelope of a `payment.succeeded` event.", "required": ["id", "type", "created_at", "data"], "properties": { "id": { "type": "string", "description": "The event id. Deliveries may repeat — store processed ids and skip duplicates.", "pattern": "^evt_[A-Za-z0-9]{1,64}$" }, "type": { "type": "string", "const": "payment.succeeded" }, "created_at": { "type": "string", "format": "date-time", "description": "When the event happened." }, "data": { "type": "object", "required": ["object"], "properties": { "object": { "type": "object", "required": ["id", "status", "amount", "amount_refunded", "currency", "description", "customer", "metadata", "confirmation_url", "created_at", "expires_at", "failure"], "properties": { "id": { "type": "string", "description": "A payment id.", "pattern": "^pay_[A-Za-z0-9]{1,64}$", "examples": ["pay_2Kq7XvT9mB4nR8sL"] }, "status": { "type": "string", "description": "`pending` — waiting for the customer (at most 30 minutes); `succeeded` — paid; `failed` — declined;\n`canceled` — canceled by you while pending; `expired` — not paid within 30 minutes;\n`partially_refunded` / `refunded` — part or all of a succeeded payment was refunded.\n", "enum": ["pending", "succeeded", "failed", "canceled", "expired", "refunded", "partially_refunded"] }, "amount": { "type": "integer", "minimum": 1, "description": "The amount in minor units (kopecks for RUB)." }, "amount_refunded": { "type": "integer", "minimum": 0, "description": "How much has been refunded so far, in minor units." }, "currency": { "type": "string", "description": "Upper-case ISO 4217 currency code.", "pattern": "^[A-Z]{3}$", "examples": ["RUB"] }, "description": { "type": ["string", "null"], "description": "What is being paid for, or null." }, "customer": { "type": "object", "description": "Who pays.", "required": ["email"], "properties": { "email": { "type": "string", "format": "email", "description": "The customer's email address." }, "name": { "type": "string", "description": "The customer's or company's name." } } }, "metadata": { "type": "object", "description": "Up to 20 of your own key–value pairs (keys up to 40 characters, values up to 500), returned unchanged.", "maxProperties": 20, "propertyNames": { "maxLength": 40 }, "additionalProperties": { "type": "string", "maxLength": 500 }, "examples": [{ "order_id": "12345" }] }, "confirmation_url": { "type": ["string", "null"], "format": "uri", "description": "Where to send the customer to pay, while the payment is `pending`; null otherwise." }, "created_at": { "type": "string", "format": "date-time", "description": "When the payment was created (RFC 3339, UTC)." }, "expires_at": { "type": "string", "format": "date-time", "description": "When the payment session ends — always `created_at` + 30 minutes. A payment still pending then becomes `expired`." }, "failure": { "description": "Why the payment failed, when `status` is `failed`; null otherwise.", "oneOf": [{ "type": "object", "description": "Why a payment failed.", "required": ["code", "message"], "properties": { "code": { "type": "string", "description": "A machine-readable reason such as `card_declined`, `insufficient_funds`, `expired_card`, `authentication_failed` or `processing_error`.", "examples": ["insufficient_funds"] }, "message": { "type": "string", "description": "A human-readable explanation you may show to the customer." } } }, { "type": "null" }] } } } } } } };
var pattern4 = new RegExp("^evt_[A-Za-z0-9]{1,64}$", "u");
var pattern5 = new RegExp("^pay_[A-Za-z0-9]{1,64}$", "u");
var pattern6 = new RegExp("^[A-Z]{3}$", "u");
var formats0 = require_formats().fastFormats["date-time"];
var formats2 = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
var formats4 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
var func1 = require_ucs2length().default;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^evt_[A-Za-z0-9]{1,64}$" }, message: 'must match pattern "^evt_[A-Za-z0-9]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if ("payment.succeeded" !== data1) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "payment.succeeded" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data2 = data.created_at;
      if (typeof data2 === "string") {
        if (!formats0.validate.test(data2)) {
          const err8 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data3 = data.data;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.object === void 0) {
          const err10 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.object !== void 0) {
          let data4 = data3.object;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.id === void 0) {
              const err11 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data4.status === void 0) {
              const err12 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data4.amount === void 0) {
              const err13 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data4.amount_refunded === void 0) {
              const err14 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "amount_refunded" }, message: "must have required property 'amount_refunded'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4.currency === void 0) {
              const err15 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data4.description === void 0) {
              const err16 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data4.customer === void 0) {
              const err17 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "customer" }, message: "must have required property 'customer'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data4.metadata === void 0) {
              const err18 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data4.confirmation_url === void 0) {
              const err19 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "confirmation_url" }, message: "must have required property 'confirmation_url'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data4.created_at === void 0) {
              const err20 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data4.expires_at === void 0) {
              const err21 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "expires_at" }, message: "must have required property 'expires_at'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data4.failure === void 0) {
              const err22 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "failure" }, message: "must have required property 'failure'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data4.id !== void 0) {
              let data5 = data4.id;
              if (typeof data5 === "string") {
                if (!pattern5.test(data5)) {
                  const err23 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/pattern", keyword: "pattern", params: { pattern: "^pay_[A-Za-z0-9]{1,64}$" }, message: 'must match pattern "^pay_[A-Za-z0-9]{1,64}$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data4.status !== void 0) {
              let data6 = data4.status;
              if (typeof data6 !== "string") {
                const err25 = { instancePath: instancePath + "/data/object/status", schemaPath: "#/properties/data/properties/object/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data6 === "pending" || data6 === "succeeded" || data6 === "failed" || data6 === "canceled" || data6 === "expired" || data6 === "refunded" || data6 === "partially_refunded")) {
                const err26 = { instancePath: instancePath + "/data/object/status", schemaPath: "#/properties/data/properties/object/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.data.properties.object.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data4.amount !== void 0) {
              let data7 = data4.amount;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                const err27 = { instancePath: instancePath + "/data/object/amount", schemaPath: "#/properties/data/properties/object/properties/amount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 < 1 || isNaN(data7)) {
                  const err28 = { instancePath: instancePath + "/data/object/amount", schemaPath: "#/properties/data/properties/object/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
            if (data4.amount_refunded !== void 0) {
              let data8 = data4.amount_refunded;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err29 = { instancePath: instancePath + "/data/object/amount_refunded", schemaPath: "#/properties/data/properties/object/properties/amount_refunded/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 0 || isNaN(data8)) {
                  const err30 = { instancePath: instancePath + "/data/object/amount_refunded", schemaPath: "#/properties/data/properties/object/properties/amount_refunded/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
            if (data4.currency !== void 0) {
              let data9 = data4.currency;
              if (typeof data9 === "string") {
                if (!pattern6.test(data9)) {
                  const err31 = { instancePath: instancePath + "/data/object/currency", schemaPath: "#/properties/data/properties/object/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/data/object/currency", schemaPath: "#/properties/data/properties/object/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data4.description !== void 0) {
              let data10 = data4.description;
              if (typeof data10 !== "string" && data10 !== null) {
                const err33 = { instancePath: instancePath + "/data/object/description", schemaPath: "#/properties/data/properties/object/properties/description/type", keyword: "type", params: { type: schema31.properties.data.properties.object.properties.description.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data4.customer !== void 0) {
              let data11 = data4.customer;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.email === void 0) {
                  const err34 = { instancePath: instancePath + "/data/object/customer", schemaPath: "#/properties/data/properties/object/properties/customer/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property 'email'" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data11.email !== void 0) {
                  let data12 = data11.email;
                  if (typeof data12 === "string") {
                    if (!formats2.test(data12)) {
                      const err35 = { instancePath: instancePath + "/data/object/customer/email", schemaPath: "#/properties/data/properties/object/properties/customer/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/data/object/customer/email", schemaPath: "#/properties/data/properties/object/properties/customer/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data11.name !== void 0) {
                  if (typeof data11.name !== "string") {
                    const err37 = { instancePath: instancePath + "/data/object/customer/name", schemaPath: "#/properties/data/properties/object/properties/customer/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/data/object/customer", schemaPath: "#/properties/data/properties/object/properties/customer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data4.metadata !== void 0) {
              let data14 = data4.metadata;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (Object.keys(data14).length > 20) {
                  const err39 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                for (const key0 in data14) {
                  const _errs31 = errors;
                  if (typeof key0 === "string") {
                    if (func1(key0) > 40) {
                      const err40 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", propertyName: key0 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                  var valid4 = _errs31 === errors;
                  if (!valid4) {
                    const err41 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                for (const key1 in data14) {
                  let data15 = data14[key1];
                  if (typeof data15 === "string") {
                    if (func1(data15) > 500) {
                      const err42 = { instancePath: instancePath + "/data/object/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/object/properties/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/data/object/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/object/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data4.confirmation_url !== void 0) {
              let data16 = data4.confirmation_url;
              if (typeof data16 !== "string" && data16 !== null) {
                const err45 = { instancePath: instancePath + "/data/object/confirmation_url", schemaPath: "#/properties/data/properties/object/properties/confirmation_url/type", keyword: "type", params: { type: schema31.properties.data.properties.object.properties.confirmation_url.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (typeof data16 === "string") {
                if (!formats4.test(data16)) {
                  const err46 = { instancePath: instancePath + "/data/object/confirmation_url", schemaPath: "#/properties/data/properties/object/properties/confirmation_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
            if (data4.created_at !== void 0) {
              let data17 = data4.created_at;
              if (typeof data17 === "string") {
                if (!formats0.validate.test(data17)) {
                  const err47 = { instancePath: instancePath + "/data/object/created_at", schemaPath: "#/properties/data/properties/object/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/data/object/created_at", schemaPath: "#/properties/data/properties/object/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data4.expires_at !== void 0) {
              let data18 = data4.expires_at;
              if (typeof data18 === "string") {
                if (!formats0.validate.test(data18)) {
                  const err49 = { instancePath: instancePath + "/data/object/expires_at", schemaPath: "#/properties/data/properties/object/properties/expires_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/data/object/expires_at", schemaPath: "#/properties/data/properties/object/properties/expires_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data4.failure !== void 0) {
              let data19 = data4.failure;
              const _errs42 = errors;
              let valid6 = false;
              let passing0 = null;
              const _errs43 = errors;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.code === void 0) {
                  const err51 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data19.message === void 0) {
                  const err52 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data19.code !== void 0) {
                  if (typeof data19.code !== "string") {
                    const err53 = { instancePath: instancePath + "/data/object/failure/code", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data19.message !== void 0) {
                  if (typeof data19.message !== "string") {
                    const err54 = { instancePath: instancePath + "/data/object/failure/message", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid0 = _errs43 === errors;
              if (_valid0) {
                valid6 = true;
                passing0 = 0;
                var props0 = {};
                props0.code = true;
                props0.message = true;
              }
              const _errs49 = errors;
              if (data19 !== null) {
                const err56 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              var _valid0 = _errs49 === errors;
              if (_valid0 && valid6) {
                valid6 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid6 = true;
                  passing0 = 1;
                }
              }
              if (!valid6) {
                const err57 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              } else {
                errors = _errs42;
                if (vErrors !== null) {
                  if (_errs42) {
                    vErrors.length = _errs42;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var webhook_payment_failed = validate21;
var schema32 = { "type": "object", "description": "Envelope of a `payment.failed` event.", "required": ["id", "type", "created_at", "data"], "properties": { "id": { "type": "string", "description": "The event id. Deliveries may repeat — store processed ids and skip duplicates.", "pattern": "^evt_[A-Za-z0-9]{1,64}$" }, "type": { "type": "string", "const": "payment.failed" }, "created_at": { "type": "string", "format": "date-time", "description": "When the event happened." }, "data": { "type": "object", "required": ["object"], "properties": { "object": { "type": "object", "required": ["id", "status", "amount", "amount_refunded", "currency", "description", "customer", "metadata", "confirmation_url", "created_at", "expires_at", "failure"], "properties": { "id": { "type": "string", "description": "A payment id.", "pattern": "^pay_[A-Za-z0-9]{1,64}$", "examples": ["pay_2Kq7XvT9mB4nR8sL"] }, "status": { "type": "string", "description": "`pending` — waiting for the customer (at most 30 minutes); `succeeded` — paid; `failed` — declined;\n`canceled` — canceled by you while pending; `expired` — not paid within 30 minutes;\n`partially_refunded` / `refunded` — part or all of a succeeded payment was refunded.\n", "enum": ["pending", "succeeded", "failed", "canceled", "expired", "refunded", "partially_refunded"] }, "amount": { "type": "integer", "minimum": 1, "description": "The amount in minor units (kopecks for RUB)." }, "amount_refunded": { "type": "integer", "minimum": 0, "description": "How much has been refunded so far, in minor units." }, "currency": { "type": "string", "description": "Upper-case ISO 4217 currency code.", "pattern": "^[A-Z]{3}$", "examples": ["RUB"] }, "description": { "type": ["string", "null"], "description": "What is being paid for, or null." }, "customer": { "type": "object", "description": "Who pays.", "required": ["email"], "properties": { "email": { "type": "string", "format": "email", "description": "The customer's email address." }, "name": { "type": "string", "description": "The customer's or company's name." } } }, "metadata": { "type": "object", "description": "Up to 20 of your own key–value pairs (keys up to 40 characters, values up to 500), returned unchanged.", "maxProperties": 20, "propertyNames": { "maxLength": 40 }, "additionalProperties": { "type": "string", "maxLength": 500 }, "examples": [{ "order_id": "12345" }] }, "confirmation_url": { "type": ["string", "null"], "format": "uri", "description": "Where to send the customer to pay, while the payment is `pending`; null otherwise." }, "created_at": { "type": "string", "format": "date-time", "description": "When the payment was created (RFC 3339, UTC)." }, "expires_at": { "type": "string", "format": "date-time", "description": "When the payment session ends — always `created_at` + 30 minutes. A payment still pending then becomes `expired`." }, "failure": { "description": "Why the payment failed, when `status` is `failed`; null otherwise.", "oneOf": [{ "type": "object", "description": "Why a payment failed.", "required": ["code", "message"], "properties": { "code": { "type": "string", "description": "A machine-readable reason such as `card_declined`, `insufficient_funds`, `expired_card`, `authentication_failed` or `processing_error`.", "examples": ["insufficient_funds"] }, "message": { "type": "string", "description": "A human-readable explanation you may show to the customer." } } }, { "type": "null" }] } } } } } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^evt_[A-Za-z0-9]{1,64}$" }, message: 'must match pattern "^evt_[A-Za-z0-9]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if ("payment.failed" !== data1) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "payment.failed" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data2 = data.created_at;
      if (typeof data2 === "string") {
        if (!formats0.validate.test(data2)) {
          const err8 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data3 = data.data;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.object === void 0) {
          const err10 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.object !== void 0) {
          let data4 = data3.object;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.id === void 0) {
              const err11 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data4.status === void 0) {
              const err12 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data4.amount === void 0) {
              const err13 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data4.amount_refunded === void 0) {
              const err14 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "amount_refunded" }, message: "must have required property 'amount_refunded'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4.currency === void 0) {
              const err15 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data4.description === void 0) {
              const err16 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data4.customer === void 0) {
              const err17 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "customer" }, message: "must have required property 'customer'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data4.metadata === void 0) {
              const err18 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data4.confirmation_url === void 0) {
              const err19 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "confirmation_url" }, message: "must have required property 'confirmation_url'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data4.created_at === void 0) {
              const err20 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data4.expires_at === void 0) {
              const err21 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "expires_at" }, message: "must have required property 'expires_at'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data4.failure === void 0) {
              const err22 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "failure" }, message: "must have required property 'failure'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data4.id !== void 0) {
              let data5 = data4.id;
              if (typeof data5 === "string") {
                if (!pattern5.test(data5)) {
                  const err23 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/pattern", keyword: "pattern", params: { pattern: "^pay_[A-Za-z0-9]{1,64}$" }, message: 'must match pattern "^pay_[A-Za-z0-9]{1,64}$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data4.status !== void 0) {
              let data6 = data4.status;
              if (typeof data6 !== "string") {
                const err25 = { instancePath: instancePath + "/data/object/status", schemaPath: "#/properties/data/properties/object/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data6 === "pending" || data6 === "succeeded" || data6 === "failed" || data6 === "canceled" || data6 === "expired" || data6 === "refunded" || data6 === "partially_refunded")) {
                const err26 = { instancePath: instancePath + "/data/object/status", schemaPath: "#/properties/data/properties/object/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.data.properties.object.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data4.amount !== void 0) {
              let data7 = data4.amount;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                const err27 = { instancePath: instancePath + "/data/object/amount", schemaPath: "#/properties/data/properties/object/properties/amount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 < 1 || isNaN(data7)) {
                  const err28 = { instancePath: instancePath + "/data/object/amount", schemaPath: "#/properties/data/properties/object/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
            if (data4.amount_refunded !== void 0) {
              let data8 = data4.amount_refunded;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err29 = { instancePath: instancePath + "/data/object/amount_refunded", schemaPath: "#/properties/data/properties/object/properties/amount_refunded/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 0 || isNaN(data8)) {
                  const err30 = { instancePath: instancePath + "/data/object/amount_refunded", schemaPath: "#/properties/data/properties/object/properties/amount_refunded/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
            if (data4.currency !== void 0) {
              let data9 = data4.currency;
              if (typeof data9 === "string") {
                if (!pattern6.test(data9)) {
                  const err31 = { instancePath: instancePath + "/data/object/currency", schemaPath: "#/properties/data/properties/object/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/data/object/currency", schemaPath: "#/properties/data/properties/object/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data4.description !== void 0) {
              let data10 = data4.description;
              if (typeof data10 !== "string" && data10 !== null) {
                const err33 = { instancePath: instancePath + "/data/object/description", schemaPath: "#/properties/data/properties/object/properties/description/type", keyword: "type", params: { type: schema32.properties.data.properties.object.properties.description.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data4.customer !== void 0) {
              let data11 = data4.customer;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.email === void 0) {
                  const err34 = { instancePath: instancePath + "/data/object/customer", schemaPath: "#/properties/data/properties/object/properties/customer/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property 'email'" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data11.email !== void 0) {
                  let data12 = data11.email;
                  if (typeof data12 === "string") {
                    if (!formats2.test(data12)) {
                      const err35 = { instancePath: instancePath + "/data/object/customer/email", schemaPath: "#/properties/data/properties/object/properties/customer/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/data/object/customer/email", schemaPath: "#/properties/data/properties/object/properties/customer/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data11.name !== void 0) {
                  if (typeof data11.name !== "string") {
                    const err37 = { instancePath: instancePath + "/data/object/customer/name", schemaPath: "#/properties/data/properties/object/properties/customer/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/data/object/customer", schemaPath: "#/properties/data/properties/object/properties/customer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data4.metadata !== void 0) {
              let data14 = data4.metadata;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (Object.keys(data14).length > 20) {
                  const err39 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                for (const key0 in data14) {
                  const _errs31 = errors;
                  if (typeof key0 === "string") {
                    if (func1(key0) > 40) {
                      const err40 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", propertyName: key0 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                  var valid4 = _errs31 === errors;
                  if (!valid4) {
                    const err41 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                for (const key1 in data14) {
                  let data15 = data14[key1];
                  if (typeof data15 === "string") {
                    if (func1(data15) > 500) {
                      const err42 = { instancePath: instancePath + "/data/object/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/object/properties/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/data/object/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/object/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data4.confirmation_url !== void 0) {
              let data16 = data4.confirmation_url;
              if (typeof data16 !== "string" && data16 !== null) {
                const err45 = { instancePath: instancePath + "/data/object/confirmation_url", schemaPath: "#/properties/data/properties/object/properties/confirmation_url/type", keyword: "type", params: { type: schema32.properties.data.properties.object.properties.confirmation_url.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (typeof data16 === "string") {
                if (!formats4.test(data16)) {
                  const err46 = { instancePath: instancePath + "/data/object/confirmation_url", schemaPath: "#/properties/data/properties/object/properties/confirmation_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
            if (data4.created_at !== void 0) {
              let data17 = data4.created_at;
              if (typeof data17 === "string") {
                if (!formats0.validate.test(data17)) {
                  const err47 = { instancePath: instancePath + "/data/object/created_at", schemaPath: "#/properties/data/properties/object/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/data/object/created_at", schemaPath: "#/properties/data/properties/object/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data4.expires_at !== void 0) {
              let data18 = data4.expires_at;
              if (typeof data18 === "string") {
                if (!formats0.validate.test(data18)) {
                  const err49 = { instancePath: instancePath + "/data/object/expires_at", schemaPath: "#/properties/data/properties/object/properties/expires_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/data/object/expires_at", schemaPath: "#/properties/data/properties/object/properties/expires_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data4.failure !== void 0) {
              let data19 = data4.failure;
              const _errs42 = errors;
              let valid6 = false;
              let passing0 = null;
              const _errs43 = errors;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.code === void 0) {
                  const err51 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data19.message === void 0) {
                  const err52 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data19.code !== void 0) {
                  if (typeof data19.code !== "string") {
                    const err53 = { instancePath: instancePath + "/data/object/failure/code", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data19.message !== void 0) {
                  if (typeof data19.message !== "string") {
                    const err54 = { instancePath: instancePath + "/data/object/failure/message", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid0 = _errs43 === errors;
              if (_valid0) {
                valid6 = true;
                passing0 = 0;
                var props0 = {};
                props0.code = true;
                props0.message = true;
              }
              const _errs49 = errors;
              if (data19 !== null) {
                const err56 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              var _valid0 = _errs49 === errors;
              if (_valid0 && valid6) {
                valid6 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid6 = true;
                  passing0 = 1;
                }
              }
              if (!valid6) {
                const err57 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              } else {
                errors = _errs42;
                if (vErrors !== null) {
                  if (_errs42) {
                    vErrors.length = _errs42;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var webhook_payment_refunded = validate22;
var schema33 = { "type": "object", "description": "Envelope of a `payment.refunded` event.", "required": ["id", "type", "created_at", "data"], "properties": { "id": { "type": "string", "description": "The event id. Deliveries may repeat — store processed ids and skip duplicates.", "pattern": "^evt_[A-Za-z0-9]{1,64}$" }, "type": { "type": "string", "const": "payment.refunded" }, "created_at": { "type": "string", "format": "date-time", "description": "When the event happened." }, "data": { "type": "object", "required": ["object"], "properties": { "object": { "type": "object", "required": ["id", "status", "amount", "amount_refunded", "currency", "description", "customer", "metadata", "confirmation_url", "created_at", "expires_at", "failure"], "properties": { "id": { "type": "string", "description": "A payment id.", "pattern": "^pay_[A-Za-z0-9]{1,64}$", "examples": ["pay_2Kq7XvT9mB4nR8sL"] }, "status": { "type": "string", "description": "`pending` — waiting for the customer (at most 30 minutes); `succeeded` — paid; `failed` — declined;\n`canceled` — canceled by you while pending; `expired` — not paid within 30 minutes;\n`partially_refunded` / `refunded` — part or all of a succeeded payment was refunded.\n", "enum": ["pending", "succeeded", "failed", "canceled", "expired", "refunded", "partially_refunded"] }, "amount": { "type": "integer", "minimum": 1, "description": "The amount in minor units (kopecks for RUB)." }, "amount_refunded": { "type": "integer", "minimum": 0, "description": "How much has been refunded so far, in minor units." }, "currency": { "type": "string", "description": "Upper-case ISO 4217 currency code.", "pattern": "^[A-Z]{3}$", "examples": ["RUB"] }, "description": { "type": ["string", "null"], "description": "What is being paid for, or null." }, "customer": { "type": "object", "description": "Who pays.", "required": ["email"], "properties": { "email": { "type": "string", "format": "email", "description": "The customer's email address." }, "name": { "type": "string", "description": "The customer's or company's name." } } }, "metadata": { "type": "object", "description": "Up to 20 of your own key–value pairs (keys up to 40 characters, values up to 500), returned unchanged.", "maxProperties": 20, "propertyNames": { "maxLength": 40 }, "additionalProperties": { "type": "string", "maxLength": 500 }, "examples": [{ "order_id": "12345" }] }, "confirmation_url": { "type": ["string", "null"], "format": "uri", "description": "Where to send the customer to pay, while the payment is `pending`; null otherwise." }, "created_at": { "type": "string", "format": "date-time", "description": "When the payment was created (RFC 3339, UTC)." }, "expires_at": { "type": "string", "format": "date-time", "description": "When the payment session ends — always `created_at` + 30 minutes. A payment still pending then becomes `expired`." }, "failure": { "description": "Why the payment failed, when `status` is `failed`; null otherwise.", "oneOf": [{ "type": "object", "description": "Why a payment failed.", "required": ["code", "message"], "properties": { "code": { "type": "string", "description": "A machine-readable reason such as `card_declined`, `insufficient_funds`, `expired_card`, `authentication_failed` or `processing_error`.", "examples": ["insufficient_funds"] }, "message": { "type": "string", "description": "A human-readable explanation you may show to the customer." } } }, { "type": "null" }] } } } } } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^evt_[A-Za-z0-9]{1,64}$" }, message: 'must match pattern "^evt_[A-Za-z0-9]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if ("payment.refunded" !== data1) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "payment.refunded" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data2 = data.created_at;
      if (typeof data2 === "string") {
        if (!formats0.validate.test(data2)) {
          const err8 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data3 = data.data;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.object === void 0) {
          const err10 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.object !== void 0) {
          let data4 = data3.object;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.id === void 0) {
              const err11 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data4.status === void 0) {
              const err12 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data4.amount === void 0) {
              const err13 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data4.amount_refunded === void 0) {
              const err14 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "amount_refunded" }, message: "must have required property 'amount_refunded'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4.currency === void 0) {
              const err15 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data4.description === void 0) {
              const err16 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data4.customer === void 0) {
              const err17 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "customer" }, message: "must have required property 'customer'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data4.metadata === void 0) {
              const err18 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data4.confirmation_url === void 0) {
              const err19 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "confirmation_url" }, message: "must have required property 'confirmation_url'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data4.created_at === void 0) {
              const err20 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data4.expires_at === void 0) {
              const err21 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "expires_at" }, message: "must have required property 'expires_at'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data4.failure === void 0) {
              const err22 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/required", keyword: "required", params: { missingProperty: "failure" }, message: "must have required property 'failure'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data4.id !== void 0) {
              let data5 = data4.id;
              if (typeof data5 === "string") {
                if (!pattern5.test(data5)) {
                  const err23 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/pattern", keyword: "pattern", params: { pattern: "^pay_[A-Za-z0-9]{1,64}$" }, message: 'must match pattern "^pay_[A-Za-z0-9]{1,64}$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/data/object/id", schemaPath: "#/properties/data/properties/object/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data4.status !== void 0) {
              let data6 = data4.status;
              if (typeof data6 !== "string") {
                const err25 = { instancePath: instancePath + "/data/object/status", schemaPath: "#/properties/data/properties/object/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data6 === "pending" || data6 === "succeeded" || data6 === "failed" || data6 === "canceled" || data6 === "expired" || data6 === "refunded" || data6 === "partially_refunded")) {
                const err26 = { instancePath: instancePath + "/data/object/status", schemaPath: "#/properties/data/properties/object/properties/status/enum", keyword: "enum", params: { allowedValues: schema33.properties.data.properties.object.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data4.amount !== void 0) {
              let data7 = data4.amount;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                const err27 = { instancePath: instancePath + "/data/object/amount", schemaPath: "#/properties/data/properties/object/properties/amount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 < 1 || isNaN(data7)) {
                  const err28 = { instancePath: instancePath + "/data/object/amount", schemaPath: "#/properties/data/properties/object/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
            if (data4.amount_refunded !== void 0) {
              let data8 = data4.amount_refunded;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err29 = { instancePath: instancePath + "/data/object/amount_refunded", schemaPath: "#/properties/data/properties/object/properties/amount_refunded/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 0 || isNaN(data8)) {
                  const err30 = { instancePath: instancePath + "/data/object/amount_refunded", schemaPath: "#/properties/data/properties/object/properties/amount_refunded/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
            if (data4.currency !== void 0) {
              let data9 = data4.currency;
              if (typeof data9 === "string") {
                if (!pattern6.test(data9)) {
                  const err31 = { instancePath: instancePath + "/data/object/currency", schemaPath: "#/properties/data/properties/object/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/data/object/currency", schemaPath: "#/properties/data/properties/object/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data4.description !== void 0) {
              let data10 = data4.description;
              if (typeof data10 !== "string" && data10 !== null) {
                const err33 = { instancePath: instancePath + "/data/object/description", schemaPath: "#/properties/data/properties/object/properties/description/type", keyword: "type", params: { type: schema33.properties.data.properties.object.properties.description.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data4.customer !== void 0) {
              let data11 = data4.customer;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.email === void 0) {
                  const err34 = { instancePath: instancePath + "/data/object/customer", schemaPath: "#/properties/data/properties/object/properties/customer/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property 'email'" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data11.email !== void 0) {
                  let data12 = data11.email;
                  if (typeof data12 === "string") {
                    if (!formats2.test(data12)) {
                      const err35 = { instancePath: instancePath + "/data/object/customer/email", schemaPath: "#/properties/data/properties/object/properties/customer/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/data/object/customer/email", schemaPath: "#/properties/data/properties/object/properties/customer/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data11.name !== void 0) {
                  if (typeof data11.name !== "string") {
                    const err37 = { instancePath: instancePath + "/data/object/customer/name", schemaPath: "#/properties/data/properties/object/properties/customer/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/data/object/customer", schemaPath: "#/properties/data/properties/object/properties/customer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data4.metadata !== void 0) {
              let data14 = data4.metadata;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (Object.keys(data14).length > 20) {
                  const err39 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                for (const key0 in data14) {
                  const _errs31 = errors;
                  if (typeof key0 === "string") {
                    if (func1(key0) > 40) {
                      const err40 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/propertyNames/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", propertyName: key0 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                  var valid4 = _errs31 === errors;
                  if (!valid4) {
                    const err41 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                for (const key1 in data14) {
                  let data15 = data14[key1];
                  if (typeof data15 === "string") {
                    if (func1(data15) > 500) {
                      const err42 = { instancePath: instancePath + "/data/object/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/object/properties/metadata/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/data/object/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/data/properties/object/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = { instancePath: instancePath + "/data/object/metadata", schemaPath: "#/properties/data/properties/object/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data4.confirmation_url !== void 0) {
              let data16 = data4.confirmation_url;
              if (typeof data16 !== "string" && data16 !== null) {
                const err45 = { instancePath: instancePath + "/data/object/confirmation_url", schemaPath: "#/properties/data/properties/object/properties/confirmation_url/type", keyword: "type", params: { type: schema33.properties.data.properties.object.properties.confirmation_url.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (typeof data16 === "string") {
                if (!formats4.test(data16)) {
                  const err46 = { instancePath: instancePath + "/data/object/confirmation_url", schemaPath: "#/properties/data/properties/object/properties/confirmation_url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
            if (data4.created_at !== void 0) {
              let data17 = data4.created_at;
              if (typeof data17 === "string") {
                if (!formats0.validate.test(data17)) {
                  const err47 = { instancePath: instancePath + "/data/object/created_at", schemaPath: "#/properties/data/properties/object/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/data/object/created_at", schemaPath: "#/properties/data/properties/object/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data4.expires_at !== void 0) {
              let data18 = data4.expires_at;
              if (typeof data18 === "string") {
                if (!formats0.validate.test(data18)) {
                  const err49 = { instancePath: instancePath + "/data/object/expires_at", schemaPath: "#/properties/data/properties/object/properties/expires_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/data/object/expires_at", schemaPath: "#/properties/data/properties/object/properties/expires_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data4.failure !== void 0) {
              let data19 = data4.failure;
              const _errs42 = errors;
              let valid6 = false;
              let passing0 = null;
              const _errs43 = errors;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.code === void 0) {
                  const err51 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data19.message === void 0) {
                  const err52 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data19.code !== void 0) {
                  if (typeof data19.code !== "string") {
                    const err53 = { instancePath: instancePath + "/data/object/failure/code", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data19.message !== void 0) {
                  if (typeof data19.message !== "string") {
                    const err54 = { instancePath: instancePath + "/data/object/failure/message", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid0 = _errs43 === errors;
              if (_valid0) {
                valid6 = true;
                passing0 = 0;
                var props0 = {};
                props0.code = true;
                props0.message = true;
              }
              const _errs49 = errors;
              if (data19 !== null) {
                const err56 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              var _valid0 = _errs49 === errors;
              if (_valid0 && valid6) {
                valid6 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid6 = true;
                  passing0 = 1;
                }
              }
              if (!valid6) {
                const err57 = { instancePath: instancePath + "/data/object/failure", schemaPath: "#/properties/data/properties/object/properties/failure/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              } else {
                errors = _errs42;
                if (vErrors !== null) {
                  if (_errs42) {
                    vErrors.length = _errs42;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/data/object", schemaPath: "#/properties/data/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "id": true, "type": true, "created_at": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var webhookValidators = {
  "payment.succeeded": { validate: webhook_payment_succeeded, errorCodes: [["#/properties/data/properties/object/properties/currency", "invalid_currency"]] },
  "payment.failed": { validate: webhook_payment_failed, errorCodes: [["#/properties/data/properties/object/properties/currency", "invalid_currency"]] },
  "payment.refunded": { validate: webhook_payment_refunded, errorCodes: [["#/properties/data/properties/object/properties/currency", "invalid_currency"]] }
};
export {
  webhookValidators,
  webhook_payment_failed,
  webhook_payment_refunded,
  webhook_payment_succeeded
};
