import { uiText } from "./ui-text";

/** What a plan page shows before any plan has been loaded. */
export async function NoPlan({ title }: { title: string }) {
  const { L } = await uiText("plan.noPlan");
  return (
    <>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4">{L("body")}</p>
    </>
  );
}
