/** "N % complete", in words for everyone and as a bar for the eye. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="mt-4 max-w-3xl">
      <p className="font-semibold">{label}</p>
      <div aria-hidden="true" className="mt-1 h-3 w-full rounded border border-slate-700 bg-white">
        <div className="h-full bg-[var(--color-brand)]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
