/**
 * The Forge bridge as the local host page emulates it, injected before the production bundle:
 * `globalThis.__bridge.callBridge(method, payload)`, answering from the frame's context (in its
 * URL) and invoking resolvers over HTTP on the local host. The bundle itself is not modified.
 */
export const BRIDGE_SCRIPT = `
(() => {
  const params = new URLSearchParams(location.search);
  const context = JSON.parse(params.get('context') || '{}');
  const toParent = (type, payload) => window.parent.postMessage({ source: 'quality-loop-frame', frame: params.get('frame'), type, payload }, '*');
  const handlers = {
    async getContext() { return context; },
    async enableTheming() {
      const mode = context.theme && context.theme.colorMode === 'dark' ? 'dark' : 'light';
      document.documentElement.setAttribute('data-color-mode', mode);
      document.documentElement.setAttribute('data-theme', 'dark:dark light:light');
      return true;
    },
    async invoke({ functionKey, payload }) {
      const response = await fetch('/bridge/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ functionKey, payload, accountId: context.accountId }),
      });
      if (!response.ok) throw new Error('The local host could not run ' + functionKey + ' (' + response.status + ')');
      return response.json();
    },
    async submit(payload) { toParent('submit', payload); return true; },
    async close(payload) { toParent('close', payload); return true; },
    async showFlag(payload) { toParent('flag', payload); return { id: String(Date.now()) }; },
    async closeFlag() { return true; },
    async refresh(payload) { toParent('refresh', payload); return true; },
    async open() { return true; },
    async emitReadyEvent() { return true; },
    async changeWindowTitle() { return true; },
  };
  globalThis.__bridge = {
    callBridge(method, payload) {
      const handler = handlers[method];
      return handler ? handler(payload) : Promise.resolve(undefined);
    },
  };
})();
`;
