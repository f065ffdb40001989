/** /account: what the site's own backend knows about the visitor (`/api/me` reads the Gatehouse session). */
import { logout } from '@gatehouse/elements/logout';
import { useEffect, useState } from 'react';

interface Me {
  loggedIn: boolean;
  name?: string;
  email?: string;
  roles?: string[];
}

export default function Account() {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    fetch('/api/me', { credentials: 'include' })
      .then((r) => r.json() as Promise<Me>)
      .then(setMe, () => setMe({ loggedIn: false }));
  }, []);
  if (!me) return <p>Loading…</p>;
  if (!me.loggedIn) {
    return (
      <>
        <h1>Your account</h1>
        <p className="account-state">
          You are not logged in. <a href="/login">Log in</a>
        </p>
      </>
    );
  }
  return (
    <section className="account">
      <h1>Your account</h1>
      <dl>
        <dt>Name</dt>
        <dd className="account-name">{me.name}</dd>
        <dt>E-mail</dt>
        <dd>{me.email}</dd>
      </dl>
      <button
        type="button"
        onClick={() => void logout({ endpoint: '/api/gatehouse' }).finally(() => location.assign('/login'))}
      >
        Log out
      </button>
    </section>
  );
}
