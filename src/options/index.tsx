// Options page: the claim packs Recoupe uses.
import { render } from 'preact';
import { t } from '../shared/browser.ts';
import './options.css';

function Options() {
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <h2>{t('optionsBundledPack')}</h2>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
