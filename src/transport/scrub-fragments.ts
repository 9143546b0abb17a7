// The second net of scrub.ts: a credential a server quotes in pieces or in an encoding the spellings there do not
// know still leaves no run of its letters and digits long enough to matter. A run of text's letters and digits
// that holds FRAGMENT consecutive characters of one of the credential's own runs (or of its base64) goes whole.

/**
 * A run of this many of a credential's letters and digits is redacted wherever it stands, in whatever run of
 * letters and digits holds it: a header dump wrapped mid-token, a separator written in an escape no spelling
 * of scrub.ts knows (`\x5f`, CSS `\5f `), base64 of `Bearer <token>` or of `key:` (HTTP Basic). Shorter pieces are
 * left: they are words, not secrets (a credential's random part is longer than this).
 */
export const FRAGMENT = 12;

/** A credential's FRAGMENT-long runs (lower case), and their rolling hashes to find them in one pass. */
export interface Fragments {
  grams: Set<string>;
  hashes: Set<number>;
}

// A polynomial rolling hash of FRAGMENT character codes, lower-cased; every step stays below 2^53.
const BASE = 131;
const MOD = 2_147_483_647;
const POW = Array.from({ length: FRAGMENT - 1 }).reduce<number>((p) => (p * BASE) % MOD, 1);
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const RUN = new RegExp(`[A-Za-z0-9]{${FRAGMENT},}`, "g");

/** base64 of `secret` at each of the three alignments, without the edges that depend on the bytes around it. */
function base64Forms(secret: string): string[] {
  return [0, 1, 2].map((pad) => {
    try {
      const encoded = btoa("\0".repeat(pad) + secret);
      return encoded.slice(Math.ceil(pad / 3) * 4, Math.floor((pad + secret.length) / 3) * 4);
    } catch {
      return ""; // a character btoa cannot encode: no header carries it either
    }
  });
}

export function compileFragments(secret: string): Fragments {
  const grams = new Set<string>();
  for (const form of [secret, ...base64Forms(secret)]) {
    for (const [run] of form.matchAll(RUN)) for (let i = 0; i + FRAGMENT <= run.length; i++) grams.add(run.slice(i, i + FRAGMENT).toLowerCase());
  }
  return { grams, hashes: new Set([...grams].map((gram) => hashAt(gram, 0))) };
}

function hashAt(text: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + FRAGMENT; i++) h = (h * BASE + fold(text.charCodeAt(i))) % MOD;
  return h;
}

/** Whether the run text[from, to) holds one of the credential's fragments. */
function holdsFragment(text: string, from: number, to: number, { grams, hashes }: Fragments): boolean {
  let h = hashAt(text, from);
  for (let i = from; ; i++) {
    if (hashes.has(h) && grams.has(text.slice(i, i + FRAGMENT).toLowerCase())) return true;
    if (i + FRAGMENT >= to) return false;
    h = (((h - ((fold(text.charCodeAt(i)) * POW) % MOD) + MOD) * BASE) + fold(text.charCodeAt(i + FRAGMENT))) % MOD;
  }
}

/** `text` with every run of letters and digits that holds one of the credential's fragments replaced by `marker`. */
export function redactFragments(text: string, fragments: Fragments, marker: string): string {
  if (fragments.grams.size === 0) return text;
  RUN.lastIndex = 0;
  let out = "";
  let from = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const end = m.index + m[0].length;
    if (!holdsFragment(text, m.index, end, fragments)) continue;
    out += text.slice(from, m.index) + marker;
    from = end;
  }
  return out + text.slice(from);
}
