export { axe, consoleErrors, launchBrowser, measureJs, PASSWORD, PHONE, screenshot, signIn, signOut, waitForServiceWorker } from './browser';
export type { JsLoad, Phone } from './browser';
export { APP_URL, ISSUER, START_TIMEOUT_MS, startBrowserPlatform } from './platform';
export type { BrowserPlatform } from './platform';
