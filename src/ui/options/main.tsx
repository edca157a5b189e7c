import { render } from 'preact';
import '../components/page.css';
import './options.css';
import { localizeDocument } from '../components/localize';
import { Options } from './Options';
import { askPersistentStorage } from './persistent-storage';

localizeDocument('optionsTitle');
render(<Options />, document.getElementById('app')!);
void askPersistentStorage();
