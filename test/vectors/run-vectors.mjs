// Runs test/vectors/webhooks.json against a verifyWebhook implementation. Plain JavaScript with only Web
// APIs, so the same runner serves vitest (source and dist) and Bun, Deno and workerd.

/** Expands a vector's body into the raw forms a receiver may hold: string, Uint8Array, ArrayBuffer and DataView. */
export function bodies(vector, padTemplate) {
  let bytes;
  let text;
  if (vector.bodyBase64 !== undefined) {
    bytes = Uint8Array.from(atob(vector.bodyBase64), (c) => c.charCodeAt(0));
  } else {
    text = vector.bodyPad
      ? padTemplate.replace(`"${vector.bodyPad.field}":""`, `"${vector.bodyPad.field}":"${"x".repeat(vector.bodyPad.length)}"`)
      : vector.body;
    bytes = new TextEncoder().encode(text);
  }
  const forms = [["Uint8Array", bytes], ["ArrayBuffer", bytes.slice().buffer], ["DataView", new DataView(bytes.slice().buffer)]];
  if (text !== undefined) forms.unshift(["string", text]);
  return forms;
}

export async function runVectors(verifyWebhook, file) {
  const results = [];
  for (const vector of file.cases) {
    for (const [form, body] of bodies(vector, file.padTemplate)) {
      const name = `${vector.name} [${form}]`;
      const options = { now: vector.now, ...(vector.toleranceSec !== undefined ? { toleranceSec: vector.toleranceSec } : {}) };
      try {
        const event = await verifyWebhook(body, vector.header, vector.secrets, options);
        const pass = vector.expect.ok && event.type === vector.expect.type;
        results.push({ name, pass, detail: pass ? "" : `expected ${JSON.stringify(vector.expect)}, got event ${event.type}` });
      } catch (error) {
        const pass = !vector.expect.ok && error?.name === "WebhookVerificationError" && error.reason === vector.expect.reason;
        results.push({ name, pass, detail: pass ? "" : `expected ${JSON.stringify(vector.expect)}, got ${error?.name}: ${error?.reason ?? ""} ${error?.message}` });
      }
    }
  }
  return results;
}

export function summary(results) {
  const failed = results.filter((r) => !r.pass);
  return { passed: results.length - failed.length, failed: failed.length, failures: failed };
}
