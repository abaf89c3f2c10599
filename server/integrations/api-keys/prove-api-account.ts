// The REST counterpart of staffAccountProcedure: an account id from the path is proven to belong to the
// key's organization; a foreign or unknown id answers "not found".
import { db } from "../../db";
import { notFound } from "../../errors";
import { proveAccount, type ProvenAccountId, type StaffScope } from "../../identity/scope";

export async function proveApiAccount(staff: StaffScope, accountId: string): Promise<ProvenAccountId> {
  const account = await db.customerAccount.findFirst({
    where: { id: accountId, organizationId: staff.organizationId },
    select: { id: true },
  });
  if (!account) throw notFound("Account");
  return proveAccount(account.id);
}
