// Recordings as WAV: what st.chat_input(accept_audio=True) hands the script (16-bit PCM, mono).

/** 16-bit PCM mono WAV bytes of `samples` (floats from -1 to 1) at `sampleRate`. */
export function encodeWav(samples: Float32Array, sampleRate: number): Blob {
  const data = samples.length * 2;
  const view = new DataView(new ArrayBuffer(44 + data));
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + data, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // the format chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, "data");
  view.setUint32(40, data, true);
  samples.forEach((s, i) => {
    const clamped = Math.max(-1, Math.min(1, s));
    view.setInt16(44 + i * 2, clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff, true);
  });
  return new Blob([view.buffer], { type: "audio/wav" });
}

/** A MediaRecorder clip decoded and resampled to `sampleRate` (null: the clip's own) as WAV; the clip itself if it cannot be decoded. */
export async function recordingToWav(clip: Blob, sampleRate: number | null): Promise<{ blob: Blob; name: string }> {
  try {
    const context = new AudioContext();
    const decoded = await context.decodeAudioData(await clip.arrayBuffer());
    void context.close();
    const rate = sampleRate ?? decoded.sampleRate;
    const offline = new OfflineAudioContext(1, Math.max(1, Math.ceil(decoded.duration * rate)), rate);
    const source = offline.createBufferSource();
    source.buffer = decoded;
    source.connect(offline.destination);
    source.start();
    const rendered = await offline.startRendering();
    return { blob: encodeWav(rendered.getChannelData(0), rate), name: "recording.wav" };
  } catch {
    return { blob: clip, name: "recording.webm" };
  }
}
