/** /login: the page's only heading is the element's, so it is a level-1 heading. */
import '@gatehouse/elements/login/define';
import { GateLogin } from '@gatehouse/elements/login/react';

export default function Login() {
  return (
    <GateLogin
      endpoint="/api/gatehouse"
      headingLevel={1}
      lang="en"
      onGateComplete={() => location.assign('/account')}
    />
  );
}
