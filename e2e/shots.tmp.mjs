import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://localhost:3600/en/associations');
await page.locator('section[aria-labelledby="catalogue-downloads"]').screenshot({ path: '/tmp/shots/downloads-en-mobile.png' });
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto('http://localhost:3600/en/sectors/design');
await page.locator('#sector-associations').screenshot({ path: '/tmp/shots/sector-en.png' });
await browser.close();
