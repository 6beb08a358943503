// Popup entry.
import { render } from 'preact';
import { CLAIM_DETAILS_CSS } from '../shared/ui/claim-details-css.ts';
import { App } from './app.tsx';
import './popup.css';

const style = document.createElement('style');
style.textContent = CLAIM_DETAILS_CSS;
document.head.append(style);
// Theme variables of the shared claim details: the popup follows the browser's theme.
document.body.classList.add('rc-theme');
document.documentElement.lang = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
render(<App />, document.getElementById('app')!);
