import type { Metadata } from "next";
import { ScrollRegion } from "@/components/plan/scroll-region";
import Link from "next/link";
import { getActor } from "@/lib/dal/actor";
import { listIndicatorsForManagement, orRefuse } from "@/lib/dal/indicators-admin";

export const metadata: Metadata = { title: "Manage indicators" };

const number = new Intl.NumberFormat("en-NZ", { maximumFractionDigits: 2 });

export default async function ManageIndicatorsPage() {
  const indicators = await orRefuse(listIndicatorsForManagement(await getActor()));
  return (
    <>
      <h1 className="text-3xl font-bold">Manage indicators</h1>
      <p className="mt-4 max-w-3xl">
        The monitoring framework&rsquo;s measures. Edit an indicator to change its details or to record its readings for
        a reporting period. Every change is recorded in the audit trail and shows on the{" "}
        <Link href="/indicators">public indicators page</Link> at once.
      </p>
      <p className="mt-4">
        <Link
          href="/admin/indicators/new"
          className="inline-flex min-h-11 items-center rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white no-underline hover:bg-[var(--color-brand-dark)] hover:text-white"
        >
          Add an indicator
        </Link>
      </p>
      {indicators.length === 0 ? (
        <p className="mt-6 font-semibold">There are no indicators yet.</p>
      ) : (
        <ScrollRegion labelledBy="indicators-caption" className="mt-6">
          <table className="w-full border-collapse text-left">
            <caption id="indicators-caption" className="mb-2 text-left text-xl font-bold">
              Indicators ({indicators.length})
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">
                  Code
                </th>
                <th scope="col" className="py-2 pr-4">
                  Title
                </th>
                <th scope="col" className="py-2 pr-4">
                  Owner
                </th>
                <th scope="col" className="py-2 pr-4">
                  Latest reading
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Edit</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={i.code} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {i.code}
                  </th>
                  <td className="py-2 pr-4">{i.title}</td>
                  <td className="py-2 pr-4">{i.ownerAgency}</td>
                  <td className="py-2 pr-4">
                    {i.latestReading
                      ? `${number.format(i.latestReading.value)} ${i.unit} (${i.latestReading.period})`
                      : "None recorded"}
                  </td>
                  <td className="py-2">
                    <Link
                      href={`/admin/indicators/${encodeURIComponent(i.code)}`}
                      className="inline-block min-h-6 py-0.5"
                    >
                      Edit<span className="sr-only"> {i.code}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
