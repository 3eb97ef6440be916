// Stub browser preview entry (to be replaced). Runs without Office.js: it must never touch Office/Excel.
import { createRoot } from 'react-dom/client';

function Preview(): JSX.Element {
  return <div>Klantwaarde (voorbeeld / preview)</div>;
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Preview />);
