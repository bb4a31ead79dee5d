import { useEffect, useRef, useState } from "react";
import { defineNode } from "./types";
import { useWidgetSender } from "./widget";
import { useDesk } from "../context";
import { CustomComponent, type CustomComponentProps as P } from "../nodes.gen";

/**
 * The page a component lives at: a folder route served by desk, or an outside URL.
 * Component folders are served without the token, and none is added: a custom component
 * is trusted code (it runs with allow-same-origin, as in Streamlit), but its URL still
 * never carries the token.
 */
function frameSrc(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/**
 * A declared component in a frame, speaking the component messages: the frame announces
 * "componentReady", desk answers with "render" (args, theme); the frame sends
 * "setComponentValue" (becomes WidgetChanged) and "setFrameHeight".
 */
function CustomFrame({ props, widgetId }: { props: P; widgetId: Parameters<typeof useWidgetSender>[0] }) {
  const { themeType } = useDesk();
  const { change } = useWidgetSender(widgetId);
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(0);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (ref.current === null || event.source !== ref.current.contentWindow) return;
      const data = event.data as { isStreamlitMessage?: boolean; type?: string; value?: unknown; height?: number; dataType?: string };
      if (typeof data !== "object" || data === null || data.isStreamlitMessage !== true) return;
      if (data.type === "streamlit:componentReady") setReady(true);
      else if (data.type === "streamlit:setFrameHeight" && typeof data.height === "number") setHeight(data.height);
      else if (data.type === "streamlit:setComponentValue" && (data.dataType === undefined || data.dataType === "json")) change(data.value ?? null);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [change]);

  useEffect(() => {
    if (!ready || ref.current?.contentWindow == null) return;
    const styles = getComputedStyle(ref.current);
    ref.current.contentWindow.postMessage(
      {
        isStreamlitMessage: true,
        type: "streamlit:render",
        args: props.args,
        dfs: [],
        disabled: false, // declare_component has no disabled parameter
        theme: {
          base: themeType,
          primaryColor: styles.getPropertyValue("--primary").trim(),
          backgroundColor: styles.getPropertyValue("--bg").trim(),
          secondaryBackgroundColor: styles.getPropertyValue("--bg2").trim(),
          textColor: styles.getPropertyValue("--text").trim(),
          font: styles.getPropertyValue("--font").trim(),
        },
      },
      "*",
    );
  }, [ready, props, themeType]);

  return (
    <iframe
      ref={ref}
      className="component-frame"
      title={props.component_name}
      src={frameSrc(props.url)}
      sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-modals allow-downloads"
      tabIndex={props.tab_index ?? undefined}
      style={{ width: "100%", height, border: "none" }}
    />
  );
}

export default defineNode(CustomComponent, ({ props, entry }) => <CustomFrame props={props} widgetId={entry} />);
