// Focus an element when it is drawn, in place of the autoFocus attribute. React focused
// autoFocus elements itself when it mounted them; the browser (and Preact, which just sets
// the attribute) honours the attribute only for the first element of a page load, so a cell
// editor or a dialog button drawn later would never get the focus.

/** A ref callback: focuses the element it is attached to. Stable, so it runs once per element. */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
