// Atlassian's token theme artifacts are CSS text, default-exported by generated modules without types.
declare module '@atlaskit/tokens/dist/esm/artifacts/themes/*' {
  const css: string;
  export default css;
}
