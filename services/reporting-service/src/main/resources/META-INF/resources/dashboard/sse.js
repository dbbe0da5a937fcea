// The goal stream read with fetch(), because EventSource cannot send an Authorization header: a
// small server-sent-events parser that reconnects with Last-Event-ID, so no change is missed.
import { token } from './auth.js';

const SILENCE_LIMIT_MS = 45000; // three heartbeats missed: the connection is dead even if not closed

export class GoalStream {
  constructor(path, { onEvent, onState }) {
    this.path = path;
    this.onEvent = onEvent;
    this.onState = onState;
    this.lastEventId = null;
    this.stopped = false;
    this.retryMs = 1000;
  }

  start() {
    this.connect();
    return this;
  }

  stop() {
    this.stopped = true;
    if (this.controller) this.controller.abort();
    clearTimeout(this.watchdog);
    clearTimeout(this.retryTimer);
  }

  async connect() {
    if (this.stopped) return;
    this.controller = new AbortController();
    const headers = { Authorization: `Bearer ${token()}`, Accept: 'text/event-stream' };
    if (this.lastEventId !== null) headers['Last-Event-ID'] = this.lastEventId;
    try {
      const response = await fetch(this.path, { headers, signal: this.controller.signal, cache: 'no-store' });
      if (response.status >= 400 && response.status < 500) {
        // Refused or no such house-year (a 4xx problem): asking again would not change the answer.
        this.stop();
        this.onState('closed');
        return;
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      this.onState('open');
      this.retryMs = 1000;
      await this.read(response.body.getReader());
      if (!this.stopped) throw new Error('stream ended');
    } catch (e) {
      if (this.stopped) return;
      this.onState('reconnecting');
      this.retryTimer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 15000);
    }
  }

  async read(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    this.armWatchdog();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      this.armWatchdog();
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        this.dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  armWatchdog() {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.controller.abort(), SILENCE_LIMIT_MS);
  }

  /** One event block: id, event and data lines; comment lines (heartbeats) start with ':'. */
  dispatch(block) {
    let id = null;
    let name = 'message';
    const data = [];
    block.split('\n').forEach((line) => {
      if (line === '' || line.startsWith(':')) return;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
    });
    if (id !== null) this.lastEventId = id;
    if (data.length > 0) this.onEvent(name, data.join('\n'), id);
  }
}
