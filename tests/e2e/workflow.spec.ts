import { expectNoAxeViolations, FUTURE_FORECAST, MILESTONE_FORECAST, openWhenFresh, shoot, signIn } from "./support";
import { expect, test } from "@playwright/test";

// Led by TEC, with MSD and MoE; NZQA has no part in it. Past its baseline due date (30 June 2025), with
// one milestone still open. Not action 1.5: the permission-matrix spec works on that one at the same time.
const CODE = "8.2";
const RUN = Date.now().toString(36);
const NARRATIVE = `Run ${RUN}: the plan went to the governance group. <script>window.__xss = 1</script>`;

test.describe.configure({ mode: "serial" });

test("the whole loop: staff drafts and submits, the approver approves, TEC publishes, the public sees it", async ({
  browser,
  page: anonymous,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // axe over each page in its plain state runs in accessibility.spec.ts; here, the form with errors.
  // Staff of the lead agency writes the update.
  const staff = await signIn(browser, "leadStaff");
  await staff.page.goto("/my");
  await expect(staff.page.getByRole("heading", { level: 1, name: "My actions" })).toBeVisible();
  await shoot(staff.page, "workflow-my");
  await staff.page.getByRole("link", { name: new RegExp(`^Write (an|a further) update for action ${CODE}$`) }).click();
  // The heading names the period and its deadline; confidence starts unchosen.
  await expect(staff.page.getByRole("heading", { level: 1 })).toContainText(/Write a progress update for \d{4} Q\d/);
  await expect(staff.page.getByText(/^Due \d{1,2} \w+ \d{4} at /)).toBeVisible();
  await expect(staff.page.getByLabel("Delivery confidence")).toHaveValue("");
  await expect(staff.page.getByLabel("Internal notes (never published)")).toBeVisible();
  await shoot(staff.page, "workflow-form");

  // A refused submit: errors in a focused summary and under each field (a forecast in the past
  // among them); the action call is kept to replay as someone else.
  const posted = staff.page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await staff.page.getByLabel("Public narrative").fill("");
  await staff.page.getByLabel("Forecast due date").fill("2025-01-31");
  await staff.page.getByRole("button", { name: "Submit for approval" }).click();
  const firstPost = await posted;
  const summary = staff.page.getByRole("heading", { name: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(staff.page.locator("#field-publicNarrative")).toHaveAttribute("aria-invalid", "true");
  await expect(staff.page.locator("#field-publicNarrative-error")).toContainText("Write a public narrative");
  await expect(staff.page.locator("#field-forecastDue-error")).toContainText("forecast due date has already passed");
  await expect(staff.page.getByRole("link", { name: /forecast due date has already passed/ })).toBeVisible();
  await expectNoAxeViolations(staff.page);
  await shoot(staff.page, "workflow-form-errors");

  // The refused submit kept the work as a draft: a second "write an update" continues it.
  await staff.page.goto("/my");
  await staff.page.getByRole("link", { name: `Continue draft for action ${CODE}` }).click();
  await expect(staff.page).toHaveURL(/\/update\?update=\d+$/);
  await expect(staff.page.getByRole("heading", { level: 1 })).toContainText("Continue your update");
  await staff.page.goto(`/actions/${CODE}/update`);
  await expect(staff.page).toHaveURL(/\/update\?update=\d+$/);

  // A 2 MB paste into the narrative: refused before anything is sent, with the text kept whole.
  const huge = "Paste ".repeat(350_000).slice(0, 2_000_000);
  const posts: string[] = [];
  const countPosts = (r: { method(): string; url(): string }) => r.method() === "POST" && posts.push(r.url());
  staff.page.on("request", countPosts);
  await staff.page.getByLabel("Public narrative").fill(huge);
  await expect(staff.page.locator("#field-publicNarrative-count")).toHaveText(
    "1,996,000 characters too many: the limit is 4,000.",
  );
  await staff.page.getByRole("button", { name: "Save draft" }).click();
  await expect(staff.page.locator('[aria-labelledby="error-summary-title"]')).toBeFocused();
  await expect(
    staff.page.getByRole("link", {
      name: "Public narrative: Keep this to 4,000 characters or fewer: it has 2,000,000.",
    }),
  ).toBeVisible();
  await expect(staff.page.locator("#field-publicNarrative-error")).toHaveText(
    "Keep this to 4,000 characters or fewer: it has 2,000,000.",
  );
  expect(await staff.page.getByLabel("Public narrative").evaluate((box: HTMLTextAreaElement) => box.value.length)).toBe(
    2_000_000,
  );
  staff.page.off("request", countPosts);
  expect(posts).toEqual([]);

  await staff.page.getByLabel("Delivery confidence").selectOption("probable");
  await staff.page.getByLabel("Forecast due date").fill(FUTURE_FORECAST);
  await staff.page.getByLabel("Or, not done yet: forecast due").fill(MILESTONE_FORECAST);
  await staff.page.getByLabel("Explanation").fill("Agencies asked for more time to comment.");
  await staff.page.getByLabel("Recovery step").fill("Drafting continues on the school findings first.");
  await staff.page.getByLabel("Public narrative").fill(NARRATIVE);
  await staff.page.getByLabel("Internal notes (never published)").fill(`Internal ${RUN}`);
  await staff.page.getByRole("button", { name: "Submit for approval" }).click();
  await staff.page.waitForURL(/\/my\?done=submitted/);
  await expect(staff.page.getByRole("status")).toContainText("submitted for approval");

  // Staff of an unrelated agency: the 403 page, and the server action refuses them too.
  const outsider = await signIn(browser, "outsiderStaff");
  const refused = await outsider.page.goto(`/actions/${CODE}/update`);
  expect(refused?.status()).toBe(403);
  await expect(outsider.page.getByRole("heading", { level: 1, name: "You cannot open this page" })).toBeVisible();
  await expect(outsider.page.getByText("only for actions their agency leads or contributes to")).toBeVisible();
  await shoot(outsider.page, "workflow-forbidden");
  const replayHeaders = {
    "next-action": firstPost.headers()["next-action"]!,
    "content-type": firstPost.headers()["content-type"]!,
    accept: "text/x-component",
  };
  const replay = await outsider.context.request.post(`/actions/${CODE}/update`, {
    headers: { ...replayHeaders, origin: baseURL! },
    data: firstPost.postDataBuffer()!,
  });
  expect(await replay.text()).toContain("not the lead or a contributor");
  const crossSite = await staff.context.request.post(`/actions/${CODE}/update`, {
    headers: { ...replayHeaders, origin: "https://evil.example" },
    data: firstPost.postDataBuffer()!,
  });
  // Next.js itself refuses a server action whose Origin is another site; ours would too.
  expect(await crossSite.text()).toMatch(/did not come from a Mahere page|^1:E\{"digest"/m);

  // The agency's approver approves it, seeing it beside the last published update.
  const approver = await signIn(browser, "ownApprover");
  await approver.page.goto("/review");
  await shoot(approver.page, "workflow-review-approver");
  const mine = approver.page.getByRole("article").filter({ hasText: `Run ${RUN}` });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByText(`Internal ${RUN}`)).toBeVisible();
  await expect(mine.getByRole("heading", { name: "Last published update", exact: true })).toBeVisible();
  await mine.getByRole("button", { name: `Approve the update for action ${CODE}` }).click();
  await approver.page.waitForURL(/\/review\?done=approved/);

  // TEC publishes it.
  const monitor = await signIn(browser, "monitor");
  await monitor.page.goto("/review");
  await shoot(monitor.page, "workflow-review-monitor");
  const ready = monitor.page.getByRole("article").filter({ hasText: `Run ${RUN}` });
  // The card shows the dates to check; publishing is public at once, so it asks for confirmation.
  // Each card's parts are sections named by their headings (not landmarks: every card has them).
  const part = (heading: string) =>
    ready.locator("section").filter({ has: monitor.page.getByRole("heading", { name: heading, exact: true }) });
  await expect(part("Dates")).toContainText("30 June 2025");
  await expect(part("Changes in the public text since the last published update")).toContainText(`Run ${RUN}`);
  const confirm = ready.getByLabel(/I have checked this update/);
  await ready.getByRole("button", { name: `Publish now the update for action ${CODE}` }).click();
  // Unticked, the browser holds the form back (the server refuses it too, for a request without the box).
  expect(await confirm.evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(true);
  await expect(monitor.page).not.toHaveURL(/done=published/);
  await confirm.check();
  await ready.getByRole("button", { name: `Publish now the update for action ${CODE}` }).click();
  await monitor.page.waitForURL(/\/review\?done=published/);
  // Focus moves to the confirmation, so it is announced.
  await expect(monitor.page.getByRole("status")).toBeFocused();

  // The public page shows it within seconds and the API at once; the script in it is text, not code.
  await openWhenFresh(anonymous, `/actions/${CODE}`, () =>
    expect(anonymous.getByText(NARRATIVE).first()).toBeVisible({ timeout: 1_000 }),
  );
  expect(await anonymous.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const api = await anonymous.request.get(`/api/v1/actions/${CODE}`);
  expect(api.status()).toBe(200);
  const body = await api.text();
  expect(body).toContain(`Run ${RUN}`);
  expect(body).not.toContain(`Internal ${RUN}`);

  for (const c of [staff, outsider, approver, monitor]) await c.context.close();
});

test("the next update's form shows what was published beside each text, and copies it only when asked", async ({
  browser,
}) => {
  const staff = await signIn(browser, "leadStaff");
  await staff.page.goto(`/actions/${CODE}/update`);
  const box = staff.page.getByLabel("Public narrative");
  await expect(box).toHaveValue("");
  // The last published narrative (the one the whole loop published) is there to read, folded away.
  await staff.page.getByText("Last published public narrative").click();
  await expect(staff.page.getByText(NARRATIVE).first()).toBeVisible();
  await expect(box).toHaveValue("");
  // Copying keeps what the person typed and adds the published text after it.
  await box.fill("Terms of reference agreed.");
  await staff.page.getByRole("button", { name: "Copy from last update into Public narrative" }).click();
  await expect(box).toHaveValue(`Terms of reference agreed.\n\n${NARRATIVE}`);
  await expect(box).toBeFocused();
  await staff.context.close();
});
