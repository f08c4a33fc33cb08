import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { lifecycleAction, saveItemAction } from "../../actions";
import { DoneBanner } from "@/components/admin/done-banner";
import { PlanItemForm } from "@/components/plan-admin/item-form";
import { ReasonForm } from "@/components/plan-admin/reason-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { getItemForEdit } from "@/lib/dal/plan-admin";
import { FIELDS, type FieldType, type PlanEntity } from "@/lib/plan-changes";
import { entityOfSegment, itemPath } from "@/lib/plan-changes/paths";

type Props = {
  params: Promise<{ entity: string; key: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function target({ params }: Props): Promise<{ entity: PlanEntity; key: string }> {
  const { entity: segment, key } = await params;
  const entity = entityOfSegment(segment);
  if (!entity) notFound();
  return { entity, key: key.map(decodeURIComponent).join("/") };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { entity, key } = await target(props);
  const t = await getTranslations("admin.plan");
  const name = t(`entities.${entity}`);
  return {
    title:
      key === "new"
        ? t("item.newTitle", { entity: name })
        : t("item.editTitle", { entity: name, key: key.slice(0, 20) }),
  };
}

export default async function PlanItemPage(props: Props) {
  const { entity, key } = await target(props);
  const { done, under } = await props.searchParams;
  const item = await orRefuse(getItemForEdit(await getActor(), entity, key, typeof under === "string" ? under : null));
  const { t, L } = await uiText("admin.plan");
  const name = t(`entities.${entity}`);
  const fields = Object.entries(FIELDS[entity] as Record<string, FieldType>).map(([n, type]) => ({ name: n, type }));
  const active = item.planState === null || item.planState === "active";
  const reasonLabels = (submit: string) => ({
    reason: t("form.fields.reason"),
    reasonHint: t("form.hints.reason"),
    submit,
  });
  const owner = entity === "milestone" || entity === "criterion" ? item.suggestedKey.split("/")[0] : null;

  return (
    <>
      <p className="mb-4">
        <Link href={owner ? itemPath("action", owner) : "/admin/plan"} className="inline-block min-h-6">
          {owner ? t("item.editTitle", { entity: t("entities.action"), key: owner }) : L("item.backToPlan")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">
        {item.isNew ? t("item.newTitle", { entity: name }) : t("item.editTitle", { entity: name, key: item.key })}
      </h1>
      <DoneBanner namespace="admin.plan.done" keys={["proposed", "unchanged"]} done={done} />
      {!active && (
        <p className="mt-4 font-semibold">
          {item.planState === "superseded"
            ? t("supersededBy", { codes: item.supersededBy.join(", ") })
            : t("notProceeding")}
          . {L("item.inactive")}
        </p>
      )}
      {active && (
        <ClientMessages paths={["staff.errorSummary", "admin.plan.form"]}>
          <PlanItemForm
            saveAction={saveItemAction}
            entity={entity}
            isNew={item.isNew}
            fields={fields}
            initialValues={{ ...item.values, key: item.isNew ? item.suggestedKey : item.key }}
            suggestedKey={item.suggestedKey}
            options={item.options}
          />
        </ClientMessages>
      )}
      {!item.isNew && active && (entity === "milestone" || entity === "criterion") && (
        <section className="mt-10">
          <h2 className="text-2xl font-bold">{t("item.remove")}</h2>
          <ReasonForm
            action={lifecycleAction}
            id="remove"
            hidden={{ entity, kind: "stop", key: item.key, action: owner ?? "" }}
            labels={reasonLabels(t("item.remove"))}
            danger
          />
        </section>
      )}
      {item.parts && active && <ActionParts code={item.key} parts={item.parts} reasonLabels={reasonLabels} />}
    </>
  );
}

async function ActionParts({
  code,
  parts,
  reasonLabels,
}: {
  code: string;
  parts: NonNullable<Awaited<ReturnType<typeof getItemForEdit>>["parts"]>;
  reasonLabels: (submit: string) => { reason: string; reasonHint: string; submit: string };
}) {
  const { t, L } = await uiText("admin.plan");
  const links = (entity: "milestone" | "criterion", items: { key: string; title: string }[]) => (
    <section className="mt-10">
      <h2 className="text-2xl font-bold">{L(entity === "milestone" ? "item.milestones" : "item.criteria")}</h2>
      {items.length === 0 ? (
        <p className="mt-2">{L("item.none")}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {items.map((i) => (
            <li key={i.key}>
              <Link href={itemPath(entity, i.key)} className="inline-block min-h-6 py-0.5">
                {i.key}: {i.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2">
        <Link href={`${itemPath(entity, "new")}?under=${code}`} className="inline-block min-h-6">
          {L(`add.${entity}`)}
        </Link>
      </p>
    </section>
  );
  return (
    <>
      {links("milestone", parts.milestones)}
      {links("criterion", parts.criteria)}
      <section className="mt-10">
        <h2 className="text-2xl font-bold">{L("item.dependencies")}</h2>
        <p className="mt-2">
          {L("item.neededBy")}: {parts.neededBy.length ? parts.neededBy.join(", ") : t("item.none")}
        </p>
        <h3 className="mt-4 text-xl font-bold">{L("item.waitsFor")}</h3>
        {parts.waitsFor.length === 0 && <p className="mt-2">{L("item.none")}</p>}
        {parts.waitsFor.map((p) => (
          <ReasonForm
            key={p}
            action={lifecycleAction}
            id={`dep-${p.replace(".", "-")}`}
            hidden={{ entity: "dependency", kind: "stop", key: `${code}:${p}`, action: code }}
            labels={reasonLabels(t("item.removeDependency", { code: p }))}
          />
        ))}
        <h3 className="mt-6 text-xl font-bold">{L("item.addDependencyHeading")}</h3>
        <ReasonForm
          action={lifecycleAction}
          id="dep-add"
          hidden={{ entity: "dependency", kind: "add", action: code }}
          into={{ label: t("form.fields.into"), hint: t("item.dependencyHint") }}
          labels={reasonLabels(t("item.addDependency"))}
        />
      </section>
      <section className="mt-10">
        <h2 className="text-2xl font-bold">{L("item.mergeHeading")}</h2>
        <ReasonForm
          action={lifecycleAction}
          id="merge"
          hidden={{ entity: "action", kind: "merge", key: code, action: code }}
          into={{ label: t("form.fields.into"), hint: t("form.hints.merge") }}
          labels={reasonLabels(t("item.merge"))}
        />
        <h2 className="mt-10 text-2xl font-bold">{L("item.splitHeading")}</h2>
        <ReasonForm
          action={lifecycleAction}
          id="split"
          hidden={{ entity: "action", kind: "split", key: code, action: code }}
          into={{ label: t("form.fields.into"), hint: t("form.hints.split") }}
          labels={reasonLabels(t("item.split"))}
        />
        <h2 className="mt-10 text-2xl font-bold">{L("item.stopHeading")}</h2>
        <ReasonForm
          action={lifecycleAction}
          id="stop"
          hidden={{ entity: "action", kind: "stop", key: code, action: code }}
          labels={{ ...reasonLabels(t("item.stop")), reasonHint: t("item.stopHint") }}
          danger
        />
      </section>
    </>
  );
}
