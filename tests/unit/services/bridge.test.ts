import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { InvokeReply, ProjectView } from '../../../main/ipc/contract';
import { startBridgeServer, type BridgeServer } from '../../../main/serve';
import { replaceBytes } from '../../../main/services/bytes-json';
import { SAMPLE_AR, SAMPLE_EN } from './fixtures/sample-project';
import { makeTempDir } from '../../helpers/temp-dir';

let server: BridgeServer;
let origin: string;
let rendererDir: string;
let dataDir: string;

before(async () => {
  const root = makeTempDir('bridge');
  rendererDir = path.join(root, 'renderer');
  dataDir = path.join(root, 'data');
  fs.mkdirSync(path.join(rendererDir, 'fonts'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  fs.writeFileSync(path.join(rendererDir, 'renderer.js'), 'console.log("renderer")');
  fs.writeFileSync(path.join(rendererDir, 'fonts', 'fonts.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the root');
  server = await startBridgeServer({ dataDir, rendererDir, autosaveMs: 60_000 });
  origin = new URL(server.url).origin;
});

after(async () => {
  await server.close();
});

interface Answer { status: number; headers: http.IncomingHttpHeaders; body: string }

/** A raw request (no URL normalisation, so ../ reaches the server as typed). */
function request(pathAndQuery: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname, port: url.port, path: pathAndQuery, method: options.method ?? 'GET', headers: options.headers,
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function call<T>(method: string, args: unknown[]): Promise<InvokeReply<T>> {
  const answer = await request(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-muqabala-token': server.token },
    body: JSON.stringify(args, replaceBytes),
  });
  return JSON.parse(answer.body) as InvokeReply<T>;
}

test('the printed URL is on 127.0.0.1 with a long random token', () => {
  const url = new URL(server.url);
  assert.equal(url.hostname, '127.0.0.1');
  assert.equal(url.pathname, '/');
  assert.ok(server.token.length >= 40);
  assert.equal(url.searchParams.get('token'), server.token);
});

test('every request without the right token gets 403: the page, the API and static files', async () => {
  for (const target of ['/', '/index.html', '/renderer.js', '/fonts/fonts.css', '/api/getProject', '/api/events', '/s/wrongtoken/renderer.js', '/?token=wrong']) {
    const answer = await request(target, { method: target.startsWith('/api/') && target !== '/api/events' ? 'POST' : 'GET' });
    assert.equal(answer.status, 403, target);
    assert.doesNotMatch(answer.body, /renderer|muqabala-bridge-token/i, target);
  }
  const wrongHeader = await request('/api/getProject', { method: 'POST', headers: { 'x-muqabala-token': `${server.token}x` } });
  assert.equal(wrongHeader.status, 403);
});

test('with the token the page is served (via /s/<token>/) with the bridge injected and the CSP header', async () => {
  const first = await request(`/?token=${server.token}`);
  assert.equal(first.status, 302);
  assert.equal(first.headers.location, `/s/${server.token}/`);
  const page = await request(first.headers.location as string);
  assert.equal(page.status, 200);
  assert.match(page.body, /<meta name="muqabala-bridge-token" content="[^"]+">\s*<script src="http-bridge.js"><\/script>\s*<\/head>/);
  assert.match(String(page.headers['content-security-policy']), /default-src 'self'; script-src 'self'.*object-src 'none'/);
  const script = await request(`/s/${server.token}/renderer.js`);
  assert.equal(script.status, 200);
  assert.match(String(script.headers['content-type']), /javascript/);
  const byHeader = await request('/fonts/fonts.css', { headers: { 'x-muqabala-token': server.token } });
  assert.equal(byHeader.status, 200);
});

test('path traversal out of the renderer folder is refused, encoded or not', async () => {
  for (const target of [`/s/${server.token}/../secret.txt`, `/s/${server.token}/%2e%2e/secret.txt`, `/s/${server.token}/fonts/..%2f..%2fsecret.txt`, `/s/${server.token}/..%5csecret.txt`]) {
    const answer = await request(target);
    assert.notEqual(answer.status, 200, target);
    assert.doesNotMatch(answer.body, /outside the root/, target);
  }
});

test('a request naming another host (DNS rebinding) is refused even with the token', async () => {
  const answer = await request(`/?token=${server.token}`, { headers: { host: 'evil.example:80' } });
  assert.equal(answer.status, 403);
});

test('createProject from the seed files over HTTP (one side as bytes), then edit, undo, save and reopen', async () => {
  const created = await call<{ project: ProjectView }>('createProject', [{
    ar: { fileName: 'seed-001.txt', bytes: new Uint8Array(fs.readFileSync(SAMPLE_AR)) },
    en: { fileName: 'seed-000.txt', path: SAMPLE_EN },
  }]);
  assert.ok(created.ok, JSON.stringify(created));
  const project = created.value.project;
  assert.equal(project.sources.ar.fileName, 'seed-001.txt');
  assert.ok(project.beads.length > 10);

  const approved = await call<{ dirty: boolean }>('applyEdit', [{ kind: 'set-status', beadIds: [project.beads[0].id], status: 'approved' }]);
  assert.ok(approved.ok && approved.value.dirty);
  const file = path.join(path.dirname(rendererDir), 'over-http.muqabala');
  const saved = await call<{ path: string }>('saveProjectAs', [file]);
  assert.deepEqual(saved, { ok: true, value: { path: file } });
  const reopened = await call<ProjectView>('openProject', [file]);
  assert.ok(reopened.ok);
  assert.equal(reopened.value.beads[0].status, 'approved');
  assert.equal(reopened.value.dirty, false);
});

test('bad calls get a JSON error the bridge client can reject with', async () => {
  const unknown = await request('/api/launchMissiles', { method: 'POST', headers: { 'x-muqabala-token': server.token }, body: '[]' });
  assert.equal(unknown.status, 404);
  assert.equal(JSON.parse(unknown.body).error.code, 'bad-request');
  const notJson = await request('/api/getProject', { method: 'POST', headers: { 'x-muqabala-token': server.token }, body: '{' });
  assert.equal(notJson.status, 400);
  const badArgs = await call('exportProject', [{ format: 'pdf', all: true }]);
  assert.equal(badArgs.ok, false);
  const get = await request('/api/getProject', { headers: { 'x-muqabala-token': server.token } });
  assert.equal(get.status, 405);
});

test('progress reaches the browser as Server-Sent Events', async () => {
  const url = new URL(origin);
  const events: string[] = [];
  const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get({ host: url.hostname, port: url.port, path: `/s/${server.token}/api/events` }, resolve).on('error', reject);
  });
  assert.equal(stream.statusCode, 200);
  assert.match(String(stream.headers['content-type']), /text\/event-stream/);
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => events.push(chunk));
  const opened = await call('openSample', []);
  assert.ok(opened.ok);
  stream.destroy();
  const text = events.join('');
  assert.match(text, /event: progress\ndata: \{"task":"align","fraction":1/);
});
