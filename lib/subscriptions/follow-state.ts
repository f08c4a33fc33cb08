/** What the follow form's server action answers. */
export type FollowState = {
  /** The request was taken: "check your e-mail", whatever the address's history. */
  done?: boolean;
  message?: string;
  fieldErrors?: { email?: string[] };
  /** What was typed, kept after a refusal. */
  email?: string;
  /** Changes on every refused submit, so the error summary takes focus again. */
  attempt?: number;
};
