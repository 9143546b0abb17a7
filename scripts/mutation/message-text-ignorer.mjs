// @ts-check
// Stryker ignorer "message-text": skips mutants that only change the prose of an error message.
//
// Why: replacing a message with "" changes no behaviour a caller can branch on, so such mutants say nothing
// about the tests; counting them hides the logic mutants that matter. Everything else stays mutated —
// reason codes, header names, JSON keys, error `name`s and the conditions around a throw are logic.
//
// The rule. An expression is MESSAGE TEXT when it is a string literal, a template literal, or a `+` chain
// whose every operand is message text (the text "concatenated only into the message"). A message-text
// expression is ignored, with everything inside it (a template's `${…}` parts only shape the text), when
// it sits in one of these MESSAGE SLOTS:
//   1. the message argument of `new <Name>Error(…)`: the first argument, or the position MESSAGE_ARGUMENT
//      names for a class whose constructor takes a code first. So in
//      `new WebhookVerificationError("missing_header", "No … header")` "missing_header" stays mutated;
//   2. the `message:` property of an object literal passed to `new <Name>Error(…)` (an API error body);
//   3. the argument of `super(…)` inside a class whose name ends in `Error`;
//   4. the first argument of a message helper, a function that only wraps its argument into an error:
//      `fail(…)` and `malformed(…)` (MESSAGE_HELPERS below).
// A message that is built in a variable or a separate function first (`where()`, `tries()`) is not covered:
// tests pin those parts, or they show up as survivors.
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

const MESSAGE_HELPERS = new Set(["fail", "malformed"]);
/** Error classes whose message is not their first constructor argument (src/errors.ts). */
const MESSAGE_ARGUMENT = {
  WebhookVerificationError: 1, // (reason, message)
  ApiError: 3, // (status, body, headers, fallback message); its subclasses likewise
  BadRequestError: 3, AuthenticationError: 3, PermissionDeniedError: 3, NotFoundError: 3,
  ConflictError: 3, UnprocessableEntityError: 3, RateLimitError: 3, InternalServerError: 3,
};

/** @param {any} node */
function isMessageText(node) {
  if (node == null) return false;
  if (node.type === "StringLiteral" || node.type === "TemplateLiteral") return true;
  return node.type === "BinaryExpression" && node.operator === "+" && isMessageText(node.left) && isMessageText(node.right);
}

/** @param {any} expr @returns {string | undefined} */
function calleeName(expr) {
  if (expr.type === "Identifier") return expr.name;
  if (expr.type === "MemberExpression" && !expr.computed && expr.property.type === "Identifier") return expr.property.name;
  return undefined;
}

/** @param {string} name @param {any[]} args @param {any} node */
function isMessageArgument(name, args, node) {
  return args[/** @type {Record<string, number>} */ (MESSAGE_ARGUMENT)[name] ?? 0] === node;
}

/** @param {any} path */
function enclosingClassName(path) {
  const cls = path.findParent((/** @type {any} */ p) => p.isClass());
  return cls?.node.id?.name;
}

/** @param {any} path @returns {string | undefined} */
function messageSlot(path) {
  const parent = path.parentPath;
  if (parent == null) return undefined;
  const p = parent.node;
  if (p.type === "NewExpression" && p.arguments.includes(path.node) && /Error$/.test(calleeName(p.callee) ?? "")) {
    const name = /** @type {string} */ (calleeName(p.callee));
    return isMessageArgument(name, p.arguments, path.node) ? `message of new ${name}()` : undefined;
  }
  if (p.type === "CallExpression" && p.arguments.includes(path.node)) {
    if (p.callee.type === "Super") return /Error$/.test(enclosingClassName(path) ?? "") ? "message passed to super() of an Error class" : undefined;
    const name = calleeName(p.callee);
    if (name !== undefined && MESSAGE_HELPERS.has(name) && p.arguments[0] === path.node) return `message of ${name}()`;
    return undefined;
  }
  if (p.type === "ObjectProperty" && p.value === path.node && !p.computed && calleeName(p.key) === "message") {
    const object = parent.parentPath;
    const owner = object?.parentPath?.node;
    if (owner?.type === "NewExpression" && owner.arguments.includes(object.node) && /Error$/.test(calleeName(owner.callee) ?? "")) {
      return `message property of new ${calleeName(owner.callee)}()`;
    }
  }
  return undefined;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "message-text", {
    /** @param {any} path */
    shouldIgnore(path) {
      if (!isMessageText(path.node)) return undefined;
      const slot = messageSlot(path);
      return slot === undefined ? undefined : `Message text only (${slot}): changes no behaviour a caller can branch on`;
    },
  }),
];
