import Link from "next/link";
import { signOutAction } from "@/app/sign-out/actions";
import { currentAccount } from "@/lib/auth/current-actor";

/** The header's account corner: who is signed in, with what role, and a way out; or a way in. */
export async function AccountMenu() {
  const account = await currentAccount();
  if (!account) {
    return (
      <div className="account-menu" role="group" aria-label="Account">
        <Link href="/sign-in" className="account-sign-in">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div className="account-menu" role="group" aria-label="Account">
      <span className="account-email">{account.email}</span>
      <span className="tag account-role">
        <span className="visually-hidden">role: </span>
        {account.role}
      </span>
      {account.role === "admin" ? <Link href="/deleted">Deleted records</Link> : null}
      <form action={signOutAction}>
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </div>
  );
}
