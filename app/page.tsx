import { redirect } from "next/navigation";
import { auth } from "@/server/auth";
import { homePathFor } from "@/lib/identity/home-path";
import { serverApi } from "@/server/trpc/server-caller";

// The front door: signed-out people go to sign-in, everyone else to their own home.
export default async function HomePage() {
  const session = await auth();
  if (!session?.user) redirect("/sign-in");
  const viewer = await (await serverApi()).viewer.me();
  redirect(homePathFor(viewer));
}
