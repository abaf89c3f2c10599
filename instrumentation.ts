// Runs once when the server starts: validate the environment so a bad variable stops start-up with a
// clear message instead of failing inside the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("./server/env");
    getEnv();
  }
}
