// A local HTTP server standing in for a customer's webhook receiver and Slack's incoming webhooks: it
// records every request (headers and raw body) and answers with the status a test chooses.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { path: string; headers: http.IncomingHttpHeaders; body: string };

export async function startRecordingReceiver(answer: (request: RecordedRequest) => number = () => 200) {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = { path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      res.writeHead(answer(recorded)).end("ok");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
