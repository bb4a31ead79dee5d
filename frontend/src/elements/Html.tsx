import { useLayoutEffect, useRef } from "react";
import { defineNode } from "./types";
import { useSanitizedHtml } from "../markdown";
import { Html, type HtmlProps } from "../nodes.gen";

/**
 * st.html(..., unsafe_allow_javascript=True): the app's author asked for the HTML's scripts to run
 * in the page, as Streamlit runs them. Scripts put in with innerHTML never run, and the page's
 * policy forbids inline ones, so each runs as a new script element loading its text from a
 * blob: URL (an external `src` is kept as it is), in document order.
 */
function HtmlWithScripts({ props }: { props: HtmlProps }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = box.current;
    if (root === null) return;
    root.innerHTML = props.body;
    const urls: string[] = [];
    for (const inert of Array.from(root.querySelectorAll("script"))) {
      const script = document.createElement("script");
      for (const attribute of Array.from(inert.attributes)) script.setAttribute(attribute.name, attribute.value);
      if (!inert.src) {
        const url = URL.createObjectURL(new Blob([inert.text], { type: "text/javascript" }));
        urls.push(url);
        script.src = url;
      }
      script.async = false; // in document order, as the HTML reads
      inert.replaceWith(script);
    }
    return () => {
      urls.forEach((url) => URL.revokeObjectURL(url));
      root.innerHTML = "";
    };
  }, [props.body]);
  return <div className="html-block" ref={box} />;
}

/** st.html: the sanitised fragment (empty while the sanitiser's chunk loads, never unsanitised). */
function SanitizedHtml({ body }: { body: string }) {
  const html = useSanitizedHtml(body);
  return <div className="html-block" aria-busy={html === null ? true : undefined} dangerouslySetInnerHTML={{ __html: html ?? "" }} />;
}

export default defineNode(Html, ({ props }) =>
  props.allow_javascript ? <HtmlWithScripts props={props} /> : <SanitizedHtml body={props.body} />,
);
