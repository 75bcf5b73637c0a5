import { redirect } from "next/navigation";

/** Account settings start with the account page; API tokens are linked from there and from the header. */
export default function SettingsPage() {
  redirect("/settings/account");
}
