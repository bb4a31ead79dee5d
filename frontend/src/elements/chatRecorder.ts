// The microphone of st.chat_input(accept_audio=True) and st.audio_input: records with MediaRecorder,
// and on the second press stops and hands the clip, converted to WAV at the sample rate, to the caller.

import { useRef, useState } from "react";
import { mediaErrorMessage } from "./CameraInput";
import { recordingToWav } from "./wav";

export interface VoiceRecorder {
  recording: boolean;
  start: () => Promise<void>;
  stop: () => void;
}

/**
 * ``onClip`` is read when the recording stops, not when it starts: the recorder's onstop
 * outlives the render that started it, and must send with the latest text.
 */
export function useVoiceRecorder(
  onClip: (clip: File) => Promise<void>,
  sampleRate: number | null,
  setBusy: (busy: boolean) => void,
  setError: (error: string | null) => void,
): VoiceRecorder {
  const recorder = useRef<MediaRecorder | null>(null);
  const [recording, setRecording] = useState(false);
  const latestOnClip = useRef(onClip);
  latestOnClip.current = onClip;
  const start = async () => {
    setError(null);
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error("this page cannot use media devices");
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const rec = new MediaRecorder(stream);
      const chunks: Blob[] = [];
      rec.ondataavailable = (e) => chunks.push(e.data);
      rec.onstop = () => {
        stream.getTracks().forEach((t) => t.stop());
        setBusy(true);
        void recordingToWav(new Blob(chunks, { type: rec.mimeType || "audio/webm" }), sampleRate)
          .then(({ blob, name }) => latestOnClip.current(new File([blob], name, { type: blob.type })))
          .finally(() => setBusy(false));
      };
      rec.start();
      recorder.current = rec;
      setRecording(true);
    } catch (e) {
      setError(mediaErrorMessage("microphone", e));
    }
  };
  const stop = () => {
    recorder.current?.stop();
    recorder.current = null;
    setRecording(false);
  };
  return { recording, start, stop };
}
