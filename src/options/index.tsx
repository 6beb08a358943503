// Options page entry: the claim packs Recoupe uses.
import { render } from 'preact';
import { uiLanguage } from '../shared/browser.ts';
import { App } from './app.tsx';
import './options.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
