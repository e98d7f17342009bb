"use client";

import { useEffect } from "react";
import { HYDRATED_ATTRIBUTE, HYDRATED_EVENT } from "@/lib/runtime-loader.mjs";

/** Tells the page's runtime loader (lib/runtime-loader.mjs) that React now handles events: held clicks can replay. */
export function HydrationSignal() {
  useEffect(() => {
    document.documentElement.setAttribute(HYDRATED_ATTRIBUTE, "");
    window.dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  return null;
}
