import { handlers } from "@/lib/auth/auth";

// Auth.js builds its addresses on the public address (AUTH_URL, pinned in lib/auth/config.ts), never on
// the Host header a request names.
export const { GET, POST } = handlers;
