// The in-memory store against the SharedStore contract.
import { memoryStore } from "../../src/state/memory.ts";
import { storeContract } from "./store-contract.ts";

storeContract("memoryStore()", async () => memoryStore());
