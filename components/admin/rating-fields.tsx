"use client";

import { Field, Select, TextArea, TextInput } from "@/components/ui/form-controls";
import { RatingChip } from "@/components/status/rating-chip";
import type { RatingView } from "@/lib/data/ratings/rating-view";
import { contrastRatio, isHexColor, MIN_TEXT_CONTRAST } from "@/lib/review/color-contrast";
import { DEFINITION_MAX, LABEL_MAX, SHORT_CODE_MAX } from "@/lib/schemas/rating";

/** A rating's editable fields as the form holds them: all strings, "" for no number. */
export interface RatingFieldValues {
  label: string;
  color: string;
  shortCode: string;
  definition: string;
  value: string;
}

export const emptyRatingFields: RatingFieldValues = {
  label: "",
  color: "#1d4ed8",
  shortCode: "",
  definition: "",
  value: "",
};

export function fieldValuesOf(rating: RatingView): RatingFieldValues {
  const { label, color, shortCode, definition, value } = rating;
  return { label, color, shortCode, definition, value: value === null ? "" : String(value) };
}

/** The JSON body for the API. The server validates; the form only converts. */
export function ratingBodyOf(fields: RatingFieldValues) {
  return { ...fields, value: fields.value === "" ? null : Number(fields.value) };
}

const valueOptions = [
  ["", "No number (outside the scale)"],
  ["5", "5 (accurate)"],
  ["4", "4"],
  ["3", "3"],
  ["2", "2"],
  ["1", "1 (inaccurate)"],
] as const;

/** Label, short code, colour (with its contrast on white), number and definition, with a live preview. */
export function RatingFields({
  idPrefix,
  fields,
  errors,
  onChange,
}: {
  idPrefix: string;
  fields: RatingFieldValues;
  errors: Record<string, string>;
  onChange: (fields: RatingFieldValues) => void;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (name: keyof RatingFieldValues) => (event: { target: { value: string } }) =>
    onChange({ ...fields, [name]: event.target.value });
  const color = fields.color.trim();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={id("label")} label="Label" error={errors.label}>
        <TextInput
          id={id("label")}
          error={errors.label}
          value={fields.label}
          onChange={set("label")}
          maxLength={LABEL_MAX + 20}
        />
      </Field>
      <Field
        id={id("shortCode")}
        label="Short code"
        hint={`Up to ${SHORT_CODE_MAX} characters, e.g. MT.`}
        error={errors.shortCode}
      >
        <TextInput
          id={id("shortCode")}
          hasHint
          error={errors.shortCode}
          value={fields.shortCode}
          onChange={set("shortCode")}
          maxLength={SHORT_CODE_MAX + 5}
        />
      </Field>
      <Field id={id("color")} label="Colour" hint={<ContrastHint color={color} />} error={errors.color}>
        <div className="flex items-center gap-2">
          <TextInput
            id={id("color")}
            hasHint
            error={errors.color}
            value={fields.color}
            onChange={set("color")}
            placeholder="#15803d"
            spellCheck={false}
          />
          <input
            type="color"
            aria-label="Pick the colour"
            value={isHexColor(color) ? color.toLowerCase() : "#000000"}
            onChange={set("color")}
            className="mt-1 h-10 w-12 shrink-0 cursor-pointer rounded border border-stone-400 bg-white"
          />
        </div>
      </Field>
      <Field
        id={id("value")}
        label="Number"
        hint="Used as the ClaimReview rating value."
        error={errors.value}
      >
        <Select id={id("value")} hasHint error={errors.value} value={fields.value} onChange={set("value")}>
          {valueOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field
          id={id("definition")}
          label="Definition"
          hint="One line that tells reviewers when to use it."
          error={errors.definition}
        >
          <TextArea
            id={id("definition")}
            hasHint
            error={errors.definition}
            rows={2}
            value={fields.definition}
            onChange={set("definition")}
            maxLength={DEFINITION_MAX + 50}
          />
        </Field>
      </div>
      <p className="text-sm sm:col-span-2">
        <span className="mr-2 font-medium">Preview:</span>
        <RatingChip
          rating={{
            key: "preview",
            label: fields.label.trim() || "Label",
            shortCode: fields.shortCode.trim() || "?",
            color: isHexColor(color) ? color : "#57534e",
            approved: true,
          }}
        />
      </p>
    </div>
  );
}

/** The colour's contrast on white in words, so the admin knows before saving whether it will pass. */
function ContrastHint({ color }: { color: string }) {
  if (!isHexColor(color)) return <>A hex colour like #15803d.</>;
  const ratio = contrastRatio(color, "#ffffff");
  const passes = ratio >= MIN_TEXT_CONTRAST;
  return (
    <>
      Contrast on white: {ratio.toFixed(1)}:1 —{" "}
      {passes ? "readable." : `too light; it needs ${MIN_TEXT_CONTRAST}:1. Pick a darker shade.`}
    </>
  );
}
