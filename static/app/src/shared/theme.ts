import dark from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-dark';
import light from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-light';
import spacing from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-spacing';
import typography from '@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-typography';

/**
 * Applies Atlassian's design tokens in the colour mode the product chose: the theme style sheets and
 * the html attributes they key on, as Jira themes a frame. Done by hand rather than with
 * `setGlobalTheme`, whose theme loaders and feature-gate client would add some 75 KB gzip to every
 * module's first download.
 */
export function applyTheme(colorMode: 'light' | 'dark'): void {
  if (!document.getElementById('ql-tokens')) {
    const style = document.createElement('style');
    style.id = 'ql-tokens';
    style.textContent = [light, dark, spacing, typography].join('\n');
    document.head.appendChild(style);
  }
  const html = document.documentElement;
  html.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography');
  html.setAttribute('data-color-mode', colorMode);
}
