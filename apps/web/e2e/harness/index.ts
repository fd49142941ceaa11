export { axe, consoleErrors, launchBrowser, measureJs, PASSWORD, PHONE, screenshot, signIn, signOut, waitForServiceWorker } from './browser';
export type { JsLoad, Phone } from './browser';
export { APP_URL, ISSUER, startBrowserPlatform } from './platform';
export type { BrowserPlatform } from './platform';
