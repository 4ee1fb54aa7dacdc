"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies `text` to the clipboard and says so for a moment. */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // No clipboard access (an insecure origin, or permission refused): say so.
      setState("failed");
    }
    setTimeout(() => setState("idle"), 1_500);
  };
  return (
    <Button variant="ghost" onClick={copy} data-testid={testId} aria-label="Copy to clipboard">
      {state === "copied" ? "Copied" : state === "failed" ? "Select and copy" : "Copy"}
    </Button>
  );
}
