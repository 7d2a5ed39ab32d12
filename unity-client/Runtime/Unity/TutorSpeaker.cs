using System;
using System.Collections;
using UnityEngine;
using UnityEngine.Events;
using UnityEngine.Networking;

namespace Koto.Client.Unity
{
    [Serializable] public class SpeechStartedEvent : UnityEvent<int> { }

    /// <summary>
    /// Plays the tutor's lines: downloads the audio of an activity or tutor_response (audio_url, presigned,
    /// possibly app-relative) and plays it through an AudioSource. For lip-sync, <see cref="DurationMs"/> is the
    /// server's duration_ms and <see cref="Progress"/> runs 0→1 over it; <see cref="onSpeechStarted"/> passes the
    /// duration in ms. When a clip cannot be decoded (see the README: the server's espeak-ng voice is Opus in OGG,
    /// which Unity decodes only in WebGL through the browser), the timing events still run over duration_ms, so
    /// subtitles and mouth animation stay in step, silently.
    /// </summary>
    [RequireComponent(typeof(AudioSource))]
    public class TutorSpeaker : MonoBehaviour
    {
        public KotoSessionBehaviour session;

        [Tooltip("Speak every activity's tutor line and every tutor reply automatically")]
        public bool speakAutomatically = true;

        /// <summary>Raised when a line starts, with its duration in ms.</summary>
        public SpeechStartedEvent onSpeechStarted = new SpeechStartedEvent();
        public UnityEvent onSpeechFinished = new UnityEvent();
        public ErrorEvent onError = new ErrorEvent();

        AudioSource source;
        Coroutine playing;
        float startedAt;

        /// <summary>Length in ms of the line being spoken (duration_ms from the server), 0 when silent.</summary>
        public int DurationMs { get; private set; }

        /// <summary>Whether a line is being spoken.</summary>
        public bool IsSpeaking { get { return DurationMs > 0 && Progress < 1f; } }

        /// <summary>0→1 over the current line (by duration_ms), for mouth animation.</summary>
        public float Progress
        {
            get { return DurationMs <= 0 ? 1f : Mathf.Clamp01((Time.time - startedAt) * 1000f / DurationMs); }
        }

        void Awake()
        {
            source = GetComponent<AudioSource>();
        }

        void OnEnable()
        {
            if (session == null || !speakAutomatically) return;
            session.onActivity.AddListener(OnActivity);
            session.onTutorResponse.AddListener(OnReply);
        }

        void OnDisable()
        {
            if (session == null) return;
            session.onActivity.RemoveListener(OnActivity);
            session.onTutorResponse.RemoveListener(OnReply);
        }

        void OnActivity(ActivityMessage m)
        {
            Speak(m.AudioUrl, m.DurationMs);
        }

        void OnReply(TutorResponseMessage m)
        {
            Speak(m.AudioUrl, m.DurationMs);
        }

        /// <summary>Downloads and plays a line; a newer line interrupts the current one.</summary>
        public void Speak(string audioUrl, int? durationMs)
        {
            if (string.IsNullOrEmpty(audioUrl)) return;
            if (playing != null) StopCoroutine(playing);
            source.Stop();
            string url = session != null ? session.Client.Resolve(audioUrl) : audioUrl;
            playing = StartCoroutine(Play(url, durationMs ?? 0));
        }

        IEnumerator Play(string url, int durationMs)
        {
            using (var web = UnityWebRequestMultimedia.GetAudioClip(url, AudioTypeOf(url)))
            {
                yield return web.SendWebRequest();
                AudioClip clip = null;
                if (web.result == UnityWebRequest.Result.Success)
                {
                    try
                    {
                        clip = DownloadHandlerAudioClip.GetContent(web);
                    }
                    catch (Exception e)
                    {
                        Fail("audio_undecodable", "The tutor audio could not be decoded (" + e.Message + "); playing silently.");
                    }
                }
                else
                {
                    Fail("audio_download_failed", "The tutor audio could not be downloaded: " + web.error);
                }
                DurationMs = durationMs > 0 ? durationMs : clip != null ? Mathf.RoundToInt(clip.length * 1000f) : 0;
                startedAt = Time.time;
                if (clip != null && clip.length > 0)
                {
                    source.clip = clip;
                    source.Play();
                }
                onSpeechStarted.Invoke(DurationMs);
                yield return new WaitForSeconds(DurationMs / 1000f);
                onSpeechFinished.Invoke();
                playing = null;
            }
        }

        /// <summary>The AudioType for a URL's extension: .ogg → OGGVORBIS, .mp3 → MPEG, .wav → WAV.</summary>
        public static AudioType AudioTypeOf(string url)
        {
            string path = url.Split('?')[0].ToLowerInvariant();
            if (path.EndsWith(".mp3")) return AudioType.MPEG;
            if (path.EndsWith(".wav")) return AudioType.WAV;
            if (path.EndsWith(".ogg") || path.EndsWith(".opus")) return AudioType.OGGVORBIS;
            return AudioType.UNKNOWN;
        }

        void Fail(string code, string detail)
        {
            Debug.LogWarning("koto: " + detail);
            onError.Invoke(new ErrorMessage { Type = MessageTypes.Error, Code = code, Detail = detail });
        }
    }
}
