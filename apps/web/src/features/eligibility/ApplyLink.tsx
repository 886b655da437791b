import { Link } from '../../router';
import { elPaths } from './paths';
import { useEl } from './strings';

/** "Apply for benefits" on the sign-in page: the public application needs no account. */
export function ApplyLink() {
  const { e } = useEl();
  return (
    <div className="hearth-card margin-top-4">
      <p className="margin-top-0">{e('apply.linkHint')}</p>
      <Link className="usa-button usa-button--outline" to={elPaths.apply()}>
        {e('apply.link')}
      </Link>
    </div>
  );
}
