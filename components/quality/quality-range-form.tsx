import { Field } from "@/components/ui/form-controls";
import type { ParsedQualityRange } from "@/lib/agreement/quality-range";

const fieldClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900 focus-visible:outline-2 focus-visible:outline-blue-800 aria-[invalid=true]:border-red-700";

/**
 * The range as a plain GET form: it works without JavaScript and puts the
 * range in the URL, so a view can be shared. Shows what was typed, with a
 * sentence on what to fix when the range could not be used.
 */
export function QualityRangeForm({ parsed }: { parsed: ParsedQualityRange }) {
  const value = (field: "from" | "to") =>
    parsed.errors[field] || parsed.entered[field] ? parsed.entered[field] : parsed.range[field];
  return (
    <form
      method="get"
      action="/admin/quality"
      aria-label="Date range"
      className="mb-6 flex flex-wrap items-end gap-3"
    >
      {(["from", "to"] as const).map((field) => (
        <div key={field} className="w-44">
          <Field
            id={`quality-${field}`}
            label={field === "from" ? "From" : "To"}
            error={parsed.errors[field]}
          >
            <input
              id={`quality-${field}`}
              name={field}
              type="date"
              defaultValue={value(field)}
              aria-invalid={parsed.errors[field] ? true : undefined}
              aria-describedby={parsed.errors[field] ? `quality-${field}-error` : undefined}
              className={fieldClass}
            />
          </Field>
        </div>
      ))}
      <button
        type="submit"
        className="rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        Show
      </button>
    </form>
  );
}
