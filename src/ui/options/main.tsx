import { render } from 'preact';
import '../components/page.css';
import './options.css';
import { localizeDocument } from '../components/localize';
import { Options } from './Options';

localizeDocument('optionsTitle');
render(<Options />, document.getElementById('app')!);
