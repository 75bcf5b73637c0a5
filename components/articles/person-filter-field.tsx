import { Field } from "@/components/ui/form-controls";
import type { Person } from "@/components/ui/person-select";
import { NOBODY } from "@/lib/articles-search/article-list-options";

/**
 * A labelled, uncontrolled select of people for a GET filter form: "Anyone" (no
 * filter), "Nobody", then the people. A chosen person no longer offered (a
 * URL from before they were deactivated) stays chosen, so the form shows
 * what the list is filtered by.
 */
export function PersonFilterField({
  id,
  label,
  name,
  people,
  value,
  className,
}: {
  id: string;
  label: string;
  name: string;
  people: readonly Person[];
  value: string | undefined;
  className: string;
}) {
  const isUnlisted = value && value !== NOBODY && !people.some((person) => person.id === value);
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={className}>
        <option value="">Anyone</option>
        <option value={NOBODY}>Nobody</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
        {isUnlisted ? <option value={value}>Someone no longer listed</option> : null}
      </select>
    </Field>
  );
}

/** The filter in words, for a sentence about what is shown. */
export function personFilterName(value: string, people: readonly Person[]): string {
  if (value === NOBODY) return "nobody";
  return people.find((person) => person.id === value)?.name ?? "someone no longer listed";
}
