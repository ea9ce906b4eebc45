import { view } from '@forge/bridge';
import { applyTheme } from './shared/theme';
import '@atlaskit/css-reset';
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { SCREENS } from './modules/registry';
import { forgeContextSchema } from './shared/context';
import { I18nContext, messagesFor } from './shared/i18n';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    await view.theme.enable();
    const context = forgeContextSchema.parse(await view.getContext());
    const colorMode = document.documentElement.dataset.colorMode === 'dark' ? 'dark' : 'light';
    applyTheme(colorMode);
    const load = SCREENS[context.moduleKey];
    const i18n = messagesFor(context.locale);
    const Screen = load ? lazy(load) : null;
    root.render(
      <StrictMode>
        <I18nContext.Provider value={i18n}>
          <Suspense fallback={<p role="status">{i18n.m.loading}</p>}>
            {Screen ? (
              <Screen context={context} />
            ) : (
              <p role="alert">{`Unknown module ${context.moduleKey}`}</p>
            )}
          </Suspense>
        </I18nContext.Provider>
      </StrictMode>,
    );
  } catch (e) {
    // Before the screen loads there is nothing richer to show than the reason, in plain text.
    root.render(<p role="alert">{e instanceof Error ? e.message : String(e)}</p>);
  }
}

void start();
