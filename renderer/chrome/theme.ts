// Light or dark theme, remembered in localStorage.
const STORAGE_KEY = 'muqabala.theme';

export function loadDarkTheme(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'dark';
  } catch {
    return false;
  }
}

export function applyTheme(dark: boolean): void {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  try {
    localStorage.setItem(STORAGE_KEY, dark ? 'dark' : 'light');
  } catch {
    // Storage may be unavailable (private mode); the theme still applies for this session.
  }
}
