// GET /checkout/{payment_id} shows the confirmation page; POST completes the payment with the outcome of the
// test card and redirects (303) to the payment's return_url, or shows the result when it has none.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isWebUrl } from "../api/handlers.ts";
import { complete, current } from "../api/lifecycle.ts";
import type { SandboxContext } from "../context.ts";
import { readBody } from "../http/body.ts";
import { redirect, sendHtml } from "../http/respond.ts";
import { decodeSegment } from "../http/routes.ts";
import { outcomeOf } from "./cards.ts";
import { checkoutPage, resultPage } from "./page.ts";

export const CHECKOUT_PREFIX = "/checkout/";

const FORM_LIMIT_BYTES = 64 * 1024;

export async function handleCheckout(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const id = decodeSegment(url.pathname.slice(CHECKOUT_PREFIX.length));
  const found = id === undefined ? undefined : ctx.state.payments.get(id);
  const name = ctx.settings.merchantName;
  if (found === undefined) {
    await readBody(req, FORM_LIMIT_BYTES).catch(() => undefined);
    return sendHtml(res, 404, `<!doctype html><title>Not found</title><p>No payment with this id in this sandbox.</p>`);
  }
  const payment = current(ctx, found);
  if (req.method === "POST") {
    // The form is one card number; anything larger is refused here rather than failing as a sandbox error.
    const raw = await readBody(req, FORM_LIMIT_BYTES).catch(() => undefined);
    if (raw === undefined) return sendHtml(res, 413, `<!doctype html><title>Too large</title><p>The form is too large; send only the card number.</p>`);
    // A script posting JSON would read as "no card" and be told to pick a test card: say what the page takes.
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers["content-type"] ?? "")) {
      return sendHtml(res, 415, `<!doctype html><title>Form expected</title><p>This page takes its form: POST application/x-www-form-urlencoded with a <code>card</code> field (a test card number).</p>`);
    }
    const form = new URLSearchParams(raw.toString("utf8"));
    if (payment.status === "pending") {
      const outcome = outcomeOf(form.get("card") ?? "");
      if (outcome === undefined) return sendHtml(res, 422, checkoutPage(payment, name, "That is not a sandbox test card; pick one from the list below."));
      const done = complete(ctx, payment.id, outcome)!;
      return done.return_url && isWebUrl(done.return_url) ? redirect(res, done.return_url) : sendHtml(res, 200, resultPage(done, name));
    }
    return sendHtml(res, 409, resultPage(payment, name));
  }
  if (req.method !== "GET" && req.method !== "HEAD") return sendHtml(res, 405, "<!doctype html><p>Use GET or POST.</p>", { Allow: "GET, POST" });
  if (payment.status !== "pending") return sendHtml(res, 200, resultPage(payment, name));
  return sendHtml(res, 200, checkoutPage(payment, name));
}
