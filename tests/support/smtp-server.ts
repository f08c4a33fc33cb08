import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  port: number;
  /** Every message received, parsed. */
  received: ParsedMail[];
  /** The reply to RCPT TO: accept (null), or refuse with this code and text. */
  refuse: { code: number; text: string } | null;
  /** A transport that sends to this server. */
  transport(): nodemailer.Transporter;
  stop(): Promise<void>;
};

/** A real SMTP server on a loopback port (the smtp-server package), for tests that send mail. */
export async function startTestSmtp(port = 0): Promise<TestSmtp> {
  const state: TestSmtp = {
    port: 0,
    received: [],
    refuse: null,
    transport: () =>
      nodemailer.createTransport({ host: "127.0.0.1", port: state.port, secure: false, ignoreTLS: true }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!state.refuse) return callback();
      const error = Object.assign(new Error(`${state.refuse.text} <${address.address}>`), {
        responseCode: state.refuse.code,
      });
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          state.received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  state.port = (server.server.address() as AddressInfo).port;
  return state;
}
