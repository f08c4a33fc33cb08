import type { Metadata } from "next";
import { saveIndicatorAction } from "../actions";
import Link from "next/link";
import { IndicatorForm } from "@/components/indicators-admin/indicator-form";
import { getActor } from "@/lib/dal/actor";
import { getIndicatorFormOptions, orRefuse } from "@/lib/dal/indicators-admin";
import { EMPTY_INDICATOR_VALUES } from "@/lib/indicators/form-values";

export const metadata: Metadata = { title: "Add an indicator" };

export default async function NewIndicatorPage() {
  const options = await orRefuse(getIndicatorFormOptions(await getActor()));
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/indicators" className="inline-block min-h-6">
          Manage indicators
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Add an indicator</h1>
      <p className="mt-4 max-w-3xl">
        Every field is needed except the te reo Māori title and the links. You can record readings once the indicator is
        created.
      </p>
      <IndicatorForm
        saveAction={saveIndicatorAction}
        initialValues={EMPTY_INDICATOR_VALUES}
        agencies={options.agencies}
        actions={options.actions}
        recommendations={options.recommendations}
      />
    </>
  );
}
