import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import '@atlaskit/css-reset';
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { SCREENS } from './modules/registry';
import { forgeContextSchema } from './shared/context';
import { I18nContext, messagesFor } from './shared/i18n';
import { Loading, Problem } from './shared/states';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    await view.theme.enable();
    const context = forgeContextSchema.parse(await view.getContext());
    const colorMode = document.documentElement.dataset.colorMode === 'dark' ? 'dark' : 'light';
    await setGlobalTheme({ colorMode });
    const load = SCREENS[context.moduleKey];
    const i18n = messagesFor(context.locale);
    const Screen = load ? lazy(load) : null;
    root.render(
      <StrictMode>
        <I18nContext.Provider value={i18n}>
          <Suspense fallback={<Loading />}>
            {Screen ? (
              <Screen context={context} />
            ) : (
              <Problem message={`Unknown module ${context.moduleKey}`} />
            )}
          </Suspense>
        </I18nContext.Provider>
      </StrictMode>,
    );
  } catch (e) {
    root.render(<Problem message={e instanceof Error ? e.message : String(e)} />);
  }
}

void start();
