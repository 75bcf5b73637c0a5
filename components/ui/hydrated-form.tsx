"use client";

import type { ComponentProps } from "react";
import { useHydrated } from "./use-hydrated";

/**
 * A form whose controls are disabled until the page is interactive. Before
 * React has attached its handlers, typing would be lost and submitting would
 * fall through to a native GET of the page (with the fields in the URL), so
 * nothing can be used early. `className` styles the controls' container.
 */
export function HydratedForm({ className, children, ...props }: ComponentProps<"form">) {
  const hydrated = useHydrated();
  return (
    <form method="post" {...props}>
      <fieldset disabled={!hydrated} className={`m-0 min-w-0 border-0 p-0 ${className ?? ""}`}>
        {children}
      </fieldset>
    </form>
  );
}
