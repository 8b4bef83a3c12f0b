/**
 * No network (issue 5): the dossiers hold health-related personal data, so poort never opens a
 * socket or asks DNS anything. Every command runs with a preload that turns each way into the
 * network into "write to stderr, exit 99".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/output/formats/index.js';
import { BIN, binEnv, ROOT, rules } from '../helpers.js';

const EXAMPLES = join(ROOT, 'examples');
const TRAPPED = 99;
const dir = mkdtempSync(join(tmpdir(), 'poort-offline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PRELOAD = `
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { syncBuiltinESMExports } from 'node:module';

const trap = (what) => function () {
  process.stderr.write('NO-NETWORK: poort used ' + what + '\\n');
  process.exit(${TRAPPED});
};
const trapAll = (obj, name, test) => {
  for (const key of Object.getOwnPropertyNames(obj)) {
    if (test(key) && typeof obj[key] === 'function') obj[key] = trap(name + '.' + key);
  }
};

net.Socket.prototype.connect = trap('net.Socket#connect');
net.connect = trap('net.connect');
net.createConnection = trap('net.createConnection');
net.Server.prototype.listen = trap('net.Server#listen');
tls.connect = trap('tls.connect');
const dnsCall = (key) => /^(lookup|resolve|reverse)/.test(key);
trapAll(dns, 'dns', dnsCall);
trapAll(dns.Resolver.prototype, 'dns.Resolver', dnsCall);
trapAll(dns.promises, 'dns.promises', dnsCall);
trapAll(dns.promises.Resolver.prototype, 'dns.promises.Resolver', dnsCall);
dgram.createSocket = trap('dgram.createSocket');
http.request = trap('http.request');
http.get = trap('http.get');
https.request = trap('https.request');
https.get = trap('https.get');
http2.connect = trap('http2.connect');
globalThis.fetch = trap('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = trap('WebSocket');
if (globalThis.EventSource) globalThis.EventSource = trap('EventSource');
// Named imports of the built-in modules (import { connect } from 'node:net') see the traps too.
syncBuiltinESMExports();
`;
const preloadPath = join(dir, 'no-network.mjs');
writeFileSync(preloadPath, PRELOAD);
const PRELOAD_URL = pathToFileURL(preloadPath).href;

function offline(args: string[], opts: { input?: string; script?: string } = {}) {
  const argv = opts.script !== undefined ? ['--import', PRELOAD_URL, '--input-type=module', '-e', opts.script] : ['--import', PRELOAD_URL, BIN, ...args];
  const r = spawnSync(process.execPath, argv, {
    cwd: dir,
    input: opts.input,
    encoding: 'utf8',
    timeout: 15_000,
    // A proxy in the environment must not tempt anything either.
    env: binEnv({ NO_COLOR: '1', POORT_REDACT_KEY: undefined, CI: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9' }),
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function expectOffline(r: { code: number | null; stdout: string; stderr: string }, what: string): void {
  expect(r.stderr, `${what}: used the network`).not.toContain('NO-NETWORK');
  expect([0, 1, 2], `${what}: exit code ${r.code}; stderr:\n${r.stderr}`).toContain(r.code);
  expect(r.stderr, `${what}: a stack trace`).not.toMatch(/^\s+at /m);
}

const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => join(EXAMPLES, f));
const AS_OF = ['--as-of', '2026-03-01'];

describe('the trap itself', () => {
  it.each([
    ['fetch', "await fetch('http://example.invalid/')"],
    ['dns.lookup', "(await import('node:dns')).lookup('example.invalid', () => {})"],
    ['dns.promises.resolve4', "await (await import('node:dns')).promises.resolve4('example.invalid')"],
    ['net.connect (named import)', "const { connect } = await import('node:net'); connect(9, '127.0.0.1')"],
    ['new net.Socket().connect', "const net = await import('node:net'); new net.Socket().connect(9, '127.0.0.1')"],
    ['https.get', "(await import('node:https')).get('https://example.invalid/')"],
    ['http.request', "(await import('node:http')).request('http://example.invalid/')"],
    ['tls.connect', "(await import('node:tls')).connect(443, 'example.invalid')"],
    ['dgram.createSocket', "(await import('node:dgram')).createSocket('udp4')"],
    ['net.Server#listen', "(await import('node:net')).createServer().listen(0)"],
  ])('catches %s', (_what, script) => {
    const r = offline([], { script });
    expect(r.code).toBe(TRAPPED);
    expect(r.stderr).toContain('NO-NETWORK');
  });

  it('lets a program that stays offline run, with stdout and stderr through pipes', () => {
    const r = offline([], { script: "console.log('ok'); console.error('fine'); process.stdin.resume(); process.stdin.on('data', () => {}); process.stdin.on('end', () => process.exit(0))", input: 'x' });
    expect(r).toMatchObject({ code: 0, stdout: 'ok\n', stderr: 'fine\n' });
  });
});

describe('every command stays offline', () => {
  it('the examples exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(FORMAT_NAMES)('check --format %s over examples/', (format) => {
    expectOffline(offline(['check', EXAMPLES, ...AS_OF, '--format', format]), `check --format ${format}`);
  });

  it.each([
    ['check, today as the as-of date', ['check', ...examples]],
    ['check --lang nl --redact', ['check', EXAMPLES, ...AS_OF, '--lang', 'nl', '--redact']],
    ['check --redact --format json', ['check', EXAMPLES, ...AS_OF, '--redact', '--format', 'json']],
    ['check --output', ['check', EXAMPLES, ...AS_OF, '--format', 'sarif', '--output', 'report.sarif']],
    ['check with input problems', ['check', 'missing.yaml', ...AS_OF]],
    ['check --help', ['check', '--help']],
    ['--version', ['--version']],
    ['a wrong command line', ['chek', EXAMPLES]],
  ])('%s', (what, args) => {
    expectOffline(offline(args), what);
  });

  it('check - (standard input)', () => {
    const text = readFileSync(examples[0]!, 'utf8');
    expectOffline(offline(['check', '-', ...AS_OF, '--format', 'json'], { input: text }), 'check -');
  });

  it.each(['text', 'json', 'csv', 'ics'])('agenda --format %s over examples/', (format) => {
    expectOffline(offline(['agenda', EXAMPLES, ...AS_OF, '--within', '8w', '--format', format]), `agenda --format ${format}`);
  });

  it.each(['text', 'json', 'ics'])('deadlines --format %s', (format) => {
    expectOffline(offline(['deadlines', '2025-01-06', '--onderbreking', '2025-03-10..2025-03-20', ...AS_OF, '--format', format]), `deadlines --format ${format}`);
  });

  it.each(['text', 'json'])('rules --format %s', (format) => {
    expectOffline(offline(['rules', '--format', format]), `rules --format ${format}`);
  });

  it('explain, for every rule, in text and JSON, in both languages', () => {
    const ids = rules().rules.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    // Every rule once, alternating format and language, so that all of them are covered in a bounded time.
    ids.forEach((id, i) => {
      const args = ['explain', id, '--format', i % 2 === 0 ? 'text' : 'json', '--lang', i % 3 === 0 ? 'nl' : 'en'];
      expectOffline(offline(args), args.join(' '));
    });
    expectOffline(offline(['explain', 'no-such-rule']), 'explain of an unknown rule');
  }, 60_000);

  it('schema', () => {
    const r = offline(['schema']);
    expectOffline(r, 'schema');
    expect(r.code).toBe(0);
  });

  it('init, to stdout', () => {
    const r = offline(['init']);
    expectOffline(r, 'init');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ziekmelding');
  });
});
