/**
 * A real SMTP server for the browser tests, started by playwright.config.ts beside the app (whose
 * SMTP_URL points at it): each message it receives is written, as received, to SMTP_CAPTURE_DIR,
 * one .eml file each, for a spec to read the links it carries.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.SMTP_PORT);
const dir = process.env.SMTP_CAPTURE_DIR;
if (!port || !dir) throw new Error("Set SMTP_PORT and SMTP_CAPTURE_DIR.");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      count += 1;
      writeFileSync(path.join(dir, `${Date.now()}-${count}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
server.listen(port, "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
