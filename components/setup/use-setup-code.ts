"use client";

import { useEffect, useState } from "react";
import { ACCOUNT_LINK_PREFIX } from "@/lib/data/account-links/account-link-purpose";

/**
 * The setup code from the link's fragment (/setup#fcl_…), which the server
 * never sees. Once read it is taken out of the address bar and the history
 * entry, so it is not left on screen or synced with the browser history.
 */
export function useSetupCode(): [string, (code: string) => void] {
  const [code, setCode] = useState("");
  useEffect(() => {
    const fragment = decodeURIComponent(window.location.hash.slice(1));
    if (!fragment.startsWith(ACCOUNT_LINK_PREFIX)) return;
    // Reading the address is only possible after hydration, hence the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCode(fragment);
    window.history.replaceState(window.history.state, "", window.location.pathname);
  }, []);
  return [code, setCode];
}
