"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";
import { FormMessage, errorText, type Message } from "../_components/form-message";

export type SsoSettings = {
  available: boolean;
  allowsHttpLoopback: boolean;
  callbackUrl: string;
  connection: {
    enabled: boolean;
    issuer: string;
    clientId: string;
    domains: string[];
    defaultRole: "OWNER" | "ADMIN" | "CSM";
    requiredForStaff: boolean;
  } | null;
};

const field = "rounded-md border border-zinc-300 px-3 py-1.5";

export function SsoSettingsForm({ initial }: { initial: SsoSettings }) {
  const trpc = useTRPC();
  const router = useRouter();
  const saved = initial.connection;
  const [enabled, setEnabled] = useState(saved?.enabled ?? true);
  const [issuer, setIssuer] = useState(saved?.issuer ?? "");
  const [clientId, setClientId] = useState(saved?.clientId ?? "");
  const [clientSecret, setClientSecret] = useState("");
  const [domainsText, setDomainsText] = useState(saved?.domains.join(", ") ?? "");
  const [defaultRole, setDefaultRole] = useState<"ADMIN" | "CSM">(saved?.defaultRole === "ADMIN" ? "ADMIN" : "CSM");
  const [requiredForStaff, setRequiredForStaff] = useState(saved?.requiredForStaff ?? false);
  const [message, setMessage] = useState<Message>(null);
  const save = useMutation(trpc.sso.save.mutationOptions());
  const remove = useMutation(trpc.sso.remove.mutationOptions());

  if (!initial.available) {
    return (
      <p className="text-sm text-zinc-700">
        Single sign-on is unavailable on this server: client secrets are stored encrypted, and the server has no encryption key.
        Whoever runs this server must set <code>SSO_ENCRYPTION_KEY</code> (32 random bytes in base64, e.g.{" "}
        <code>openssl rand -base64 32</code>) and restart it.
      </p>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      await save.mutateAsync({
        enabled,
        issuer,
        clientId,
        clientSecret: clientSecret || undefined,
        domains: domainsText.split(/[\s,]+/).filter(Boolean),
        defaultRole,
        requiredForStaff,
      });
      setClientSecret("");
      setMessage({ tone: "ok", text: "Single sign-on saved." });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "Single sign-on could not be saved.") });
    }
  }

  async function removeConnection() {
    if (!window.confirm("Remove single sign-on? Staff will sign in by email link again.")) return;
    try {
      await remove.mutateAsync();
      setMessage({ tone: "ok", text: "Single sign-on removed." });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: errorText(error, "Single sign-on could not be removed.") });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3 text-sm" aria-label="Single sign-on">
      <p className="text-zinc-600">
        Register Onward as a web application (OpenID Connect, authorization code) at Okta, Microsoft Entra ID or Google Workspace
        with this redirect URI: <code className="break-all">{initial.callbackUrl}</code>
      </p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <span className="font-medium text-zinc-700">Offer “Sign in with SSO” for these domains</span>
      </label>
      <label className="flex flex-col">
        <span className="font-medium text-zinc-700">Issuer URL</span>
        <input
          className={field}
          value={issuer}
          onChange={(e) => setIssuer(e.target.value)}
          placeholder="https://acme.okta.com"
          aria-describedby="sso-issuer-help"
        />
        <span id="sso-issuer-help" className="text-xs text-zinc-500">
          Exactly as the provider&apos;s discovery document states it
          {initial.allowsHttpLoopback ? " (https://, or http://127.0.0.1 on this test server)" : " (https:// only)"}.
        </span>
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Client ID</span>
          <input className={field} value={clientId} onChange={(e) => setClientId(e.target.value)} />
        </label>
        <label className="flex flex-col">
          <span className="font-medium text-zinc-700">Client secret</span>
          <input
            className={field}
            type="password"
            autoComplete="off"
            value={clientSecret}
            onChange={(e) => setClientSecret(e.target.value)}
            placeholder={saved ? "Stored encrypted; leave blank to keep it" : ""}
          />
        </label>
      </div>
      <label className="flex flex-col">
        <span className="font-medium text-zinc-700">Verified email domains (comma-separated)</span>
        <input
          className={field}
          value={domainsText}
          onChange={(e) => setDomainsText(e.target.value)}
          placeholder="acme.com, acme.co.uk"
          aria-describedby="sso-domains-help"
        />
        <span id="sso-domains-help" className="text-xs text-zinc-500">
          People with a verified address at these domains who sign in through your provider join your team.
        </span>
      </label>
      <label className="flex flex-col">
        <span className="font-medium text-zinc-700">Role for people joining through SSO</span>
        <select
          className={`${field} w-40`}
          value={defaultRole}
          onChange={(e) => setDefaultRole(e.target.value as "ADMIN" | "CSM")}
        >
          <option value="CSM">CSM</option>
          <option value="ADMIN">Admin</option>
        </select>
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={requiredForStaff} onChange={(e) => setRequiredForStaff(e.target.checked)} />
        <span className="font-medium text-zinc-700">Require SSO for staff (customers keep email links)</span>
      </label>
      <div className="flex items-center gap-3">
        <button
          disabled={save.isPending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 font-semibold text-white disabled:opacity-60"
        >
          Save single sign-on
        </button>
        {saved && (
          <button type="button" className="text-red-700 underline" onClick={() => void removeConnection()}>
            Remove single sign-on
          </button>
        )}
        <FormMessage message={message} />
      </div>
    </form>
  );
}
