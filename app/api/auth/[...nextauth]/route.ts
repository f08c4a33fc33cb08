import { handlers } from "@/lib/auth/auth";

// Auth.js reads its addresses from the public address (lib/auth/config.ts), never from the Host header.
export const { GET, POST } = handlers;
