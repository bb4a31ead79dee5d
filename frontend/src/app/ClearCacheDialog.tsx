// Asks before clearing the app's caches, as Streamlit does for its C key: Enter confirms
// (the confirm button has the focus), Escape, Cancel or a click outside keep the caches.

import { useEffect } from "react";
import { focusOnMount } from "../utils/focusOnMount";

export function ClearCacheDialog({ onConfirm, onClose }: { onConfirm: () => void; onClose: () => void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal modal-small" role="dialog" aria-modal="true" aria-label="Clear caches">
        <div className="modal-head">
          <h2>Clear caches</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        <div className="modal-body">
          <p>
            <strong>Clear the app's function caches?</strong>
          </p>
          <p>
            Every entry cached by <code>@st.cache_data</code> and <code>@st.cache_resource</code> is removed, including the ones kept on disk.
          </p>
          <div className="modal-actions">
            <button type="button" className="btn btn-tertiary" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="btn" ref={focusOnMount} onClick={onConfirm}>
              Clear caches
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
