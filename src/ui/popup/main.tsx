import { render } from 'preact';
import '../components/page.css';
import './popup.css';
import { localizeDocument } from '../components/localize';
import { Popup } from './Popup';

localizeDocument();
render(<Popup />, document.getElementById('app')!);
