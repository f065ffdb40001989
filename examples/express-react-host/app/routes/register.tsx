/** /register: the company registration. The confirmation link of the e-mail opens this page with `?token=`. */
import '@gatehouse/elements/registration/define';
import { GateRegistration } from '@gatehouse/elements/registration/react';
import { useState } from 'react';

export default function Register() {
  const [view, setView] = useState('');
  const token = new URLSearchParams(location.search).get('token') ?? '';
  return (
    <>
      <h1>Open an ACME account</h1>
      <GateRegistration
        endpoint="/api/gatehouse"
        headingLevel={2}
        lang="en"
        noReplySender="no-reply@acme-industries.com"
        confirmationToken={token}
        onGateStep={(e) => setView(e.detail.view)}
        onGateComplete={(e) => setView(`done: ${e.detail.output.status}`)}
      />
      <p className="status" data-view={view} hidden={view === ''}>
        Step: {view}
      </p>
    </>
  );
}
