import type { ReactNode } from "react";
import { TrpcProvider } from "@/components/trpc-provider";

// This page's components use the react-query tRPC client; the plan page (/portal) does without it.
export default function WithTrpc({ children }: { children: ReactNode }) {
  return <TrpcProvider>{children}</TrpcProvider>;
}
