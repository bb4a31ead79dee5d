// Runs before the main bundle (its own small entry, first in the page's head): opens the
// socket and sends the Hello while the browser still loads and compiles the app, so the
// first run's output (which the server starts at launch) is waiting when the app mounts.
// The app takes the socket with takeEarlySocket (connection.ts).

import { helloMessage, readToken, socketUrl, type EarlySocket } from "./connection";
import { effectiveBase, loadChoice, systemPrefersDark } from "./theme";

function openEarly(): void {
  const token = readToken();
  let socket: WebSocket;
  try {
    socket = new WebSocket(socketUrl(token));
  } catch {
    return; // the app opens its own
  }
  socket.binaryType = "arraybuffer";
  const early: EarlySocket = { socket, token, frames: [], closed: false };
  // The same theme the app's first Hello reports: the app's [theme] config is not known yet.
  const hello = JSON.stringify(helloMessage(null, effectiveBase(loadChoice(), undefined, systemPrefersDark())));
  socket.addEventListener("open", () => socket.send(hello));
  socket.onmessage = (event: MessageEvent) => early.frames.push(event.data);
  socket.onclose = () => {
    early.closed = true;
  };
  window.__deskEarlySocket = early;
}

openEarly();
