// Webview client entry.
export {};
