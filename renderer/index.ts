// Entry point of the renderer bundle: styles, then the app once the bridge
// (preload or loopback script) has put window.muqabala in place.
import './styles.css';
import { errorMessage, waitForApi } from './api';
import { App } from './app';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  try {
    const api = await waitForApi();
    const app = new App(api, root);
    await app.start();
  } catch (error) {
    root.removeAttribute('aria-busy');
    const message = document.createElement('p');
    message.className = 'fatal-error';
    message.setAttribute('role', 'alert');
    message.textContent = `Muqabala could not start: ${errorMessage(error)}`;
    root.replaceChildren(message);
  }
}

void boot();
