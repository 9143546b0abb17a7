// Redocly plugin for `npm run lint:spec` (loaded from redocly.yaml). Plain JavaScript because Redocly imports
// it with Node directly, without tsx.
//
// payconnect/operation-id-method-name: every operationId becomes an SDK method (`pc.getRefund(…)`), a key of
// the generated operation table and validators, and the name in the docs' code samples. A spec that says
// `get-refund` would lint clean and then fail much later, in ajv, with an unrelated message, so the rule
// catches it here and names the operation.

const METHOD_NAME = /^[a-z][A-Za-z0-9]*$/;

// Names a generated method must not take on the client object:
const TAKEN = new Set([
  // what the client already has: `pc.raw` (the openapi-fetch client), `pc.close()`, and `then`, which would make the
  // client a thenable that `await createPayConnect(…)` calls;
  "raw", "close", "then",
  // Object.prototype members (shadowing them breaks `String(pc)`, `hasOwnProperty`, instanceof checks);
  "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
  // and JavaScript reserved words, which cannot be destructured (`const { delete } = pc` is a syntax error).
  "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "eval", "export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in",
  "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public", "return", "static",
  "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
]);

function OperationIdMethodName() {
  return {
    Operation(operation, ctx) {
      const id = operation.operationId;
      if (typeof id !== "string") return; // a missing operationId is the `operation-operationId` rule's finding
      const location = ctx.location.child(["operationId"]);
      if (!METHOD_NAME.test(id)) {
        ctx.report({
          message: `operationId "${id}" is not a camelCase JavaScript method name: it becomes pc.${id}(…) in the SDK. ` +
            `Use letters and digits only, starting with a lowercase letter (e.g. "${suggest(id)}").`,
          location,
        });
      } else if (TAKEN.has(id)) {
        ctx.report({
          message: `operationId "${id}" is reserved: as pc.${id} it would shadow a built-in of the SDK client or a ` +
            `JavaScript reserved word. Choose another name (e.g. a verb and a noun, like "getRefund").`,
          location,
        });
      }
    },
  };
}

/** "get-refund" → "getRefund", "Get_Refund" → "getRefund": a hint, not a rule. */
function suggest(id) {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const camel = words.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1))).join("");
  return /^[a-z]/.test(camel) ? camel : `op${camel}`;
}

export default function payconnectPlugin() {
  return {
    id: "payconnect",
    rules: { oas3: { "operation-id-method-name": OperationIdMethodName } },
  };
}
