import { redirect } from "next/navigation";

/** Account settings has one page so far. */
export default function AccountSettingsPage() {
  redirect("/settings/tokens");
}
