// How every script here starts Debian's Chromium: headless as root, and with
// no background traffic, which this machine's closed network would refuse.
export const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];
