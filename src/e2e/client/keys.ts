// Usage: node dist/client/keys.js <directory> - a fresh RSA key pair for one run of the service.
import { writeKeyPair } from './token.js';

const directory = process.argv[2];
if (!directory) {
  console.error('usage: keys.js <directory>');
  process.exit(2);
}
writeKeyPair(directory);
