import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { serverApi } from "@/server/trpc/server-caller";

// Page guard: signed-out people are sent to sign in; returns who is signed in and their memberships.
export async function requireViewer() {
  const session = await auth();
  if (!session?.user) redirect("/sign-in");
  return (await serverApi()).viewer.me();
}
