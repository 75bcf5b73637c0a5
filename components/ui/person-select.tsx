import { Select } from "./form-controls";

export interface Person {
  id: string;
  name: string;
}

/**
 * A choice of person, "Nobody" first. The current holder stays selectable
 * when no longer offered (deactivated, role changed) until someone changes it.
 */
export function PersonSelect({
  id,
  error,
  people,
  current,
  value,
  onChange,
}: {
  id: string;
  error?: string;
  people: Person[];
  current: Person | null;
  value: string;
  onChange: (personId: string) => void;
}) {
  const options =
    current && !people.some((person) => person.id === current.id) ? [current, ...people] : people;
  return (
    <Select id={id} error={error} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">Nobody</option>
      {options.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </Select>
  );
}
