import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { homePathFor } from "@/server/identity/viewer/get-viewer";
import { serverApi } from "@/server/trpc/server-caller";

// The front door: signed-out people go to sign-in, everyone else to their own home.
export default async function HomePage() {
  const session = await auth();
  if (!session?.user) redirect("/sign-in");
  const viewer = await (await serverApi()).viewer.me();
  redirect(homePathFor(viewer));
}
