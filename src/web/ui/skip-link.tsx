import './skip-link.css';

/** The id of the page's main landmark, the skip link's target. */
export const mainId = 'main';

/** «Перейти к содержанию»: the first stop of the Tab key, past the top bar and the menu. */
export function SkipLink() {
  return (
    <a className="skip-link" href={`#${mainId}`}>
      Перейти к содержанию
    </a>
  );
}
