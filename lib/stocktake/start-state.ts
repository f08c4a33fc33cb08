/** What the "start a response" form's action answers with when it does not move on. */
export type StartState = {
  message?: string;
  fieldErrors?: { email?: string[] };
  email?: string;
  attempt: number;
};
