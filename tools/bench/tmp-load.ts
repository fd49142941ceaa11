import { TokenIssuer } from '@relais/auth';
import { randomSubmission } from './load';
async function main() {
  const rate = Number(process.argv[2] ?? 50), seconds = Number(process.argv[3] ?? 20);
  const token = await new TokenIssuer().issueToken({ sub: 'x', roles: ['police_officer'], unitId: 'u1', region: 'mopti', institution: 'police' });
  const lat: number[] = []; const t0 = performance.now(); const inflight: Promise<void>[] = [];
  for (let i = 0; i < rate * seconds; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now(); if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const s = randomSubmission(); const st = performance.now();
    inflight.push(fetch('http://127.0.0.1:3001/api/v1/identifications', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(s.body) }).then(async (r) => { await r.text(); lat.push(performance.now() - st); }));
  }
  await Promise.all(inflight); lat.sort((a, b) => a - b);
  console.log('p50', lat[Math.floor(lat.length / 2)].toFixed(0), 'p99', lat[Math.floor(lat.length * 0.99)].toFixed(0));
}
main();
