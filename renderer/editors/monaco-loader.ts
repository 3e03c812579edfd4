// Monaco is most of the renderer's code (about 3 MB). It is its own chunk,
// loaded once the grid has shown the project, so opening a large project
// does not wait for Monaco to be parsed and an editor to be built. Whoever
// needs Monaco asks here; nothing else imports monaco-setup.
type Monaco = typeof import('./monaco-setup').monaco;

let loaded: Monaco | null = null;
let loading: Promise<Monaco> | null = null;

export function loadMonaco(): Promise<Monaco> {
  loading ??= import('./monaco-setup').then((module) => (loaded = module.monaco));
  return loading;
}

/** Monaco if it has loaded already, else null (nothing of it can have focus or a model yet). */
export function loadedMonaco(): Monaco | null {
  return loaded;
}
