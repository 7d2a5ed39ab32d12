using System;
using UnityEngine;
using UnityEngine.Events;

namespace Koto.Client.Unity
{
    /// <summary>
    /// Records a voice answer from the microphone (push-to-talk: <see cref="Begin"/> / <see cref="EndAndSend"/>),
    /// converts it to a 16 kHz mono 16-bit WAV (at most 30 s, <see cref="Wav"/>) and uploads it through a
    /// <see cref="KotoSessionBehaviour"/>. The transcript and the evaluation then arrive as that behaviour's events.
    /// Unity's Microphone API is not available in WebGL builds: there, offer typed answers (or a browser-side
    /// recorder plugin that hands WAV bytes to KotoSessionBehaviour.SendVoice).
    /// </summary>
    public class VoiceRecorder : MonoBehaviour
    {
        public KotoSessionBehaviour session;

        [Tooltip("Microphone device name; empty = the default device")]
        public string device = "";

        [Tooltip("Recordings shorter than this (seconds) are dropped as accidental taps")]
        public float minimumSeconds = 0.3f;

        public UnityEvent onRecordingStarted = new UnityEvent();
        public UnityEvent onRecordingStopped = new UnityEvent();
        public ErrorEvent onError = new ErrorEvent();

#pragma warning disable 0649, 0169 // unused in WebGL builds, where there is no microphone
        AudioClip clip;
        string activeDevice;
#pragma warning restore 0649, 0169

        /// <summary>Whether a recording is running.</summary>
        public bool IsRecording { get { return clip != null; } }

        /// <summary>Starts recording (up to 30 s; the microphone stops by itself after that).</summary>
        public void Begin()
        {
            if (IsRecording) return;
#if UNITY_WEBGL && !UNITY_EDITOR
            Fail("microphone_unavailable", "The microphone is not available in WebGL builds: type the answer.");
#else
            if (Microphone.devices.Length == 0)
            {
                Fail("microphone_unavailable", "No microphone found.");
                return;
            }
            activeDevice = string.IsNullOrEmpty(device) ? null : device;
            clip = Microphone.Start(activeDevice, false, Wav.MaxSeconds, RecordingRate(activeDevice));
            if (clip == null)
            {
                Fail("microphone_failed", "The microphone could not be started.");
                return;
            }
            onRecordingStarted.Invoke();
#endif
        }

        /// <summary>Stops recording and uploads the answer.</summary>
        public void EndAndSend()
        {
            if (!IsRecording) return;
#if !UNITY_WEBGL || UNITY_EDITOR
            int frames = Microphone.GetPosition(activeDevice);
            bool wrapped = !Microphone.IsRecording(activeDevice); // hit the 30 s limit
            Microphone.End(activeDevice);
            var recorded = clip;
            clip = null;
            onRecordingStopped.Invoke();
            if (wrapped || frames <= 0) frames = recorded.samples;
            if (frames < minimumSeconds * recorded.frequency) return;
            var samples = new float[frames * recorded.channels];
            recorded.GetData(samples, 0);
            byte[] wav = Wav.EncodeSpeech(samples, samples.Length, recorded.channels, recorded.frequency);
            Destroy(recorded);
            if (session == null)
            {
                Fail("no_session", "VoiceRecorder has no KotoSessionBehaviour.");
                return;
            }
            Upload(wav);
#endif
        }

        async void Upload(byte[] wav)
        {
            await session.SendVoice(wav);
        }

        /// <summary>16 kHz when the device supports it, else its nearest supported rate (resampled later).</summary>
        static int RecordingRate(string deviceName)
        {
#if !UNITY_WEBGL || UNITY_EDITOR
            int min, max;
            Microphone.GetDeviceCaps(deviceName, out min, out max);
            if (min == 0 && max == 0) return Wav.SpeechRate; // any rate
            return Mathf.Clamp(Wav.SpeechRate, min, max);
#else
            return Wav.SpeechRate;
#endif
        }

        void Fail(string code, string detail)
        {
            Debug.LogWarning("koto: " + detail);
            onError.Invoke(new ErrorMessage { Type = MessageTypes.Error, Code = code, Detail = detail });
        }
    }
}
