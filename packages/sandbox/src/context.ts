// What every part of the sandbox shares: its state, its clock, its settings and the event outbox.
import type { Event, Payment } from "../../../generated/models.ts";
import type { SandboxClock } from "./clock.ts";
import type { Faults } from "./faults.ts";
import type { SandboxState } from "./state.ts";

export interface SandboxSettings {
  /** The sandbox's own base URL, for `confirmation_url`. */
  baseUrl: string;
  secretKey: string;
  webhookSecret: string;
  merchantName: string;
}

export interface SandboxContext {
  state: SandboxState;
  clock: SandboxClock;
  settings: SandboxSettings;
  /** The server bugs planted on purpose (`startSandbox({ faults })`); empty unless asked for. */
  faults: Faults;
  /** Records an event about `payment` (as it is now) and sends it to every webhook endpoint. */
  emit(type: Event["type"], payment: Payment): Event;
}
