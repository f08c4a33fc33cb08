import { z } from "zod";

/**
 * What a password someone chooses for themselves must be. Length is what makes a password hard to
 * guess (NIST SP 800-63B asks for at least 8, and 15 where it is the only factor; 12 is the public
 * service's common middle ground); no rules about kinds of character, which only make passwords
 * predictable. The upper limit keeps hashing cheap. The same rule serves every place a password is
 * chosen.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const newPasswordSchema = z
  .object({
    password: z
      .string({ error: `Choose a password of at least ${PASSWORD_MIN} characters.` })
      .min(PASSWORD_MIN, { error: `Choose a password of at least ${PASSWORD_MIN} characters.` })
      .max(PASSWORD_MAX, { error: `Keep the password to ${PASSWORD_MAX} characters or fewer.` }),
    confirmPassword: z.string({ error: "Type the password again." }),
    email: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.password) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords are not the same." });
    }
    if (v.email !== "" && v.password.trim().toLowerCase() === v.email.toLowerCase()) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: "Choose a password that is not your email address.",
      });
    }
  });
