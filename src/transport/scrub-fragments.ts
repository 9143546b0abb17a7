// The second net of scrub.ts: a credential a server quotes in pieces or in an encoding the spellings there do not
// know still leaves no run of its letters and digits long enough to matter. A run of text's letters and digits
// that holds FRAGMENT consecutive characters of one of the credential's own runs (or of its base64) goes whole,
// in any case.

/**
 * A run of this many of a credential's letters and digits is redacted wherever it stands, in whatever run of
 * letters and digits holds it: a header dump wrapped mid-token, a separator written in an escape no spelling
 * of scrub.ts knows (`\x5f`, CSS `\5f `), base64 of `Bearer <token>` or of `key:` (HTTP Basic). Shorter pieces are
 * left: they are words, not secrets (a credential's random part is longer than this).
 */
export const FRAGMENT = 12;

/** A credential's FRAGMENT-long pieces (lower case), and the SEED-long ones that find where to look for them. */
export interface Fragments {
  grams: Set<string>;
  seeds: Set<string>;
}

// Every FRAGMENT-long window holds a SEED-long piece starting at an offset of the run that is a multiple of STRIDE,
// so a run is probed at every STRIDE-th place only, and a window is compared only around a seed that matched:
// few steps of JavaScript per character, which a megabyte of text in an error body (and Stryker's instrumented
// copy of this file) can afford.
const SEED = 6;
const STRIDE = FRAGMENT - SEED + 1;
// A run starts only where letters and digits start (the lookbehind): a text of 11-character words is scanned once,
// not 11 times.
const RUN = new RegExp(`(?<![A-Za-z0-9])[A-Za-z0-9]{${FRAGMENT},}`, "g");

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
  const seeds = new Set<string>();
  for (const form of [secret, ...base64Forms(secret)]) {
    for (const [match] of form.matchAll(RUN)) {
      const run = match.toLowerCase();
      for (let i = 0; i + FRAGMENT <= run.length; i++) grams.add(run.slice(i, i + FRAGMENT));
      for (let i = 0; i + SEED <= run.length; i++) seeds.add(run.slice(i, i + SEED));
    }
  }
  return { grams, seeds };
}

/** Whether `run` (lower case) holds one of the credential's FRAGMENT-long pieces. */
function holdsFragment(run: string, { grams, seeds }: Fragments): boolean {
  for (let seed = 0; seed + SEED <= run.length; seed += STRIDE) {
    if (!seeds.has(run.slice(seed, seed + SEED))) continue;
    // The windows that hold this seed.
    for (let at = Math.max(0, seed - (FRAGMENT - SEED)); at <= seed && at + FRAGMENT <= run.length; at++) {
      if (grams.has(run.slice(at, at + FRAGMENT))) return true;
    }
  }
  return false;
}

/** `text` with every run of letters and digits that holds one of the credential's fragments replaced by `marker`. */
export function redactFragments(text: string, fragments: Fragments, marker: string): string {
  if (fragments.grams.size === 0) return text;
  RUN.lastIndex = 0;
  let out = "";
  let from = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    if (!holdsFragment(m[0].toLowerCase(), fragments)) continue;
    out += text.slice(from, m.index) + marker;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}
