// `npm run mock [-- --spec <file>]`: serves the spec with Prism on 127.0.0.1:4010 (PORT to change) until Ctrl-C.
import { basename } from "node:path";
import { runMain, specPath } from "./lib/cli.ts";
import { startPrism } from "./lib/prism.ts";
import { loadSpec } from "./lib/spec.ts";

runMain("mock", async () => {
  const spec = specPath();
  loadSpec(spec); // a broken spec is reported as file:line:col here, not as Prism's stack trace
  const port = Number(process.env.PORT ?? 4010);
  const prism = await startPrism({ spec, port, errors: true, log: (line) => process.stderr.write(line + "\n") });
  console.log(`
PayConnect mock (Prism, from ${basename(spec)}) listening on ${prism.url}

Point the SDK at it:
  const pc = createPayConnect({ secretKey: "sk_test_anything", baseUrl: "${prism.url}" });
Or run the quickstart:
  PAYCONNECT_SECRET_KEY=sk_test_x PAYCONNECT_BASE_URL=${prism.url} npx tsx examples/quickstart.ts
Ask for a documented status, or a named example of one, with a header (Prism looks for the example under
the status it answers with, so name both): Prefer: code=404 on getPayment  /  Prefer: code=422, example=amountTooLarge
Invalid requests get 422 with the violations in the sl-violations header. Ctrl-C stops it.
`);
  const stop = () => void prism.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
});
