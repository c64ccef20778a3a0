declare const __CHROME_EXTENSION_ID__: string;
declare module 'mammoth/mammoth.browser.js' {
  const mammoth: unknown;
  export default mammoth;
}
declare module '*?url' {
  const url: string;
  export default url;
}
