// The hosted confirmation page a payment's `confirmation_url` points at: plain HTML that works without
// JavaScript and reads well on a phone. It shows the merchant, amount and description, takes a test card
// (or one click per outcome), completes the payment and sends the customer to the payment's `return_url`.
import type { Payment } from "../../../../generated/models.ts";
import { TEST_CARDS } from "./cards.ts";

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** `amount` in minor units as the currency writes it (1000 RUB → "10,00 ₽" in ru, "RUB 10.00" otherwise). */
export function formatAmount(amount: number, currency: string): string {
  try {
    const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return new Intl.NumberFormat("en", { style: "currency", currency, currencyDisplay: "code" }).format(amount / 10 ** digits);
  } catch {
    return `${amount} ${currency} (minor units)`;
  }
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;overflow-wrap:anywhere;background:#f4f5f7;color:#1b1f24}
main{max-width:28rem;margin:0 auto;padding:1.5rem 1rem}.card{background:#fff;border-radius:12px;padding:1.25rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.1rem;margin:0 0 .25rem}.amount{font-size:2rem;font-weight:600;margin:.5rem 0}label{display:block;margin:1rem 0 .25rem}
input{width:100%;box-sizing:border-box;font-size:1.1rem;padding:.6rem;border:1px solid #99a;border-radius:8px}
button{width:100%;margin-top:.75rem;padding:.75rem;font-size:1rem;border:0;border-radius:8px;background:#2f5bea;color:#fff}
button.alt{background:#e8ebf2;color:#1b1f24}small,.muted{color:#5b6472}table{width:100%;border-collapse:collapse;font-size:.9rem}
td{padding:.2rem 0}.tag{display:inline-block;background:#fde68a;border-radius:6px;padding:0 .4rem;font-size:.8rem}`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function checkoutPage(payment: Payment, merchantName: string, problem?: string): string {
  const cards = TEST_CARDS.map((c) => `<tr><td><code>${c.number.replace(/(\d{4})(?=\d)/g, "$1 ")}</code></td><td>${esc(c.outcome)}</td></tr>`).join("");
  const outcomes = TEST_CARDS.map(
    (c, i) => `<button class="${i === 0 ? "" : "alt"}" name="card" value="${c.number}">${c.outcome === "succeeded" ? "Pay (succeeds)" : `Decline: ${esc(c.outcome)}`}</button>`,
  ).join("");
  return layout(
    `Pay ${merchantName}`,
    `<div class="card"><span class="tag">SANDBOX</span><h1>${esc(merchantName)}</h1>
<div class="amount" id="amount">${esc(formatAmount(payment.amount, payment.currency))}</div>
${payment.description ? `<p id="description">${esc(payment.description)}</p>` : ""}
<p class="muted">${esc(payment.customer.email)} · <code>${esc(payment.id)}</code></p>
${problem ? `<p role="alert"><strong>${esc(problem)}</strong></p>` : ""}
<form method="post" action="/checkout/${esc(payment.id)}">
<label for="card">Card number</label><input id="card" name="card" inputmode="numeric" autocomplete="off" placeholder="4242 4242 4242 4242">
<button type="submit" id="pay">Pay ${esc(formatAmount(payment.amount, payment.currency))}</button></form>
<details><summary>Test cards and outcomes</summary><table>${cards}</table>
<form method="post" action="/checkout/${esc(payment.id)}">${outcomes}</form></details></div>`,
  );
}

/** Shown when the payment is no longer waiting for the customer and there is no return_url to go to. */
export function resultPage(payment: Payment, merchantName: string): string {
  const what: Record<string, string> = {
    succeeded: "Payment received. You can close this page.",
    failed: `Payment declined: ${payment.failure?.message ?? "the payment failed"}`,
    expired: "This payment session has expired (30 minutes). Ask the merchant for a new link.",
    canceled: "The merchant canceled this payment.",
  };
  return layout(
    `Payment ${payment.status}`,
    `<div class="card"><span class="tag">SANDBOX</span><h1>${esc(merchantName)}</h1>
<p id="status" data-status="${esc(payment.status)}">${esc(what[payment.status] ?? `This payment is ${payment.status}.`)}</p>
<p class="muted"><code>${esc(payment.id)}</code> · ${esc(formatAmount(payment.amount, payment.currency))}</p>
${payment.return_url && /^https?:\/\//.test(payment.return_url) ? `<p><a href="${esc(payment.return_url)}">Back to ${esc(merchantName)}</a></p>` : ""}</div>`,
  );
}
