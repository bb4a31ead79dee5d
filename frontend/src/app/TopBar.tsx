// The top bar: the sidebar opener and, while the sidebar is closed, st.logo; top page navigation, connection and running status, Stop and the app menu.

import type { ReactNode } from "react";
import type { ConnectionStatus } from "../connection";
import { NavMenu } from "../Navigation";
import { LogoView } from "../elements/Logo";
import type { LogoProps } from "../nodes.gen";
import type { ClientMessage, Navigation } from "../protocol.gen";

interface TopBarProps {
  status: ConnectionStatus;
  running: boolean;
  /** Opens the closed sidebar; null when there is no closed sidebar. */
  onOpenSidebar: (() => void) | null;
  topNav: Navigation | null;
  send: (message: ClientMessage) => void;
  menu: ReactNode;
  /** st.logo's props: the top bar shows it while the sidebar that holds it is closed. */
  logo: LogoProps | null;
}

export function TopBar({ status, running, onOpenSidebar, topNav, send, menu, logo }: TopBarProps) {
  return (
    <header className="topbar">
      {onOpenSidebar !== null ? (
        <span className="topbar-left">
          <button type="button" className="icon-button" aria-label="Open sidebar" onClick={onOpenSidebar}>
            ☰
          </button>
          {logo !== null ? <LogoView props={logo} collapsed /> : null}
        </span>
      ) : (
        <span />
      )}
      {topNav !== null ? <NavMenu nav={topNav} send={send} layout="top" /> : null}
      <div className="topbar-right">
        {status !== "connected" ? (
          <span className="conn-status" role="status">
            <span className="spinner small" aria-hidden="true" /> {status === "connecting" ? "Connecting..." : "Reconnecting..."}
          </span>
        ) : null}
        {running ? (
          <>
            <span className="running" role="status" aria-live="polite">
              <span className="spinner small" aria-hidden="true" /> Running...
            </span>
            <button type="button" className="btn btn-tertiary small" onClick={() => send({ type: "StopScript" })}>
              Stop
            </button>
          </>
        ) : null}
        {menu}
      </div>
    </header>
  );
}
