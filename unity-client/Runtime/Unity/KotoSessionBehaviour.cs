using System;
using System.Threading.Tasks;
using UnityEngine;
using UnityEngine.Events;

namespace Koto.Client.Unity
{
    [Serializable] public class ActivityEvent : UnityEvent<ActivityMessage> { }
    [Serializable] public class TranscriptEvent : UnityEvent<TranscriptMessage> { }
    [Serializable] public class EvaluationEvent : UnityEvent<EvaluationMessage> { }
    [Serializable] public class TutorResponseEvent : UnityEvent<TutorResponseMessage> { }
    [Serializable] public class StageCompleteEvent : UnityEvent<StageCompleteMessage> { }
    [Serializable] public class SessionCompleteEvent : UnityEvent<SessionCompleteMessage> { }
    [Serializable] public class ErrorEvent : UnityEvent<ErrorMessage> { }
    [Serializable] public class StateEvent : UnityEvent<TutorSessionState> { }

    /// <summary>
    /// One learner session in a scene: signs in, resumes or starts a session on a lesson, keeps its socket alive
    /// from Update() (reconnects with backoff, resumes) and raises a UnityEvent per server message. Thin: all
    /// protocol logic is in Koto.Client (KotoClient, TutorSession), which is tested outside Unity.
    /// <para>
    /// Transports: UnityWebRequest for HTTP in every player; NativeWebSocket for the socket when the package
    /// com.endel.nativewebsocket is installed (required for WebGL), else System.Net.WebSockets.ClientWebSocket
    /// (editor, desktop, mobile).
    /// </para>
    /// </summary>
    public class KotoSessionBehaviour : MonoBehaviour
    {
        [Tooltip("Server root, e.g. https://koto.example.org (no /api/v1)")]
        public string serverUrl = "http://localhost:8080";

        [Tooltip("Lesson to play: its slug (e.g. cafe-ordering) or its id")]
        public string lesson = "cafe-ordering";

        [Tooltip("ISO 639-1 language of translations and feedback, e.g. id or en; empty = the account's own")]
        public string instructionLang = "";

        [Tooltip("Send the token in a first {type:auth} socket message instead of ?access_token= in the URL")]
        public bool authenticateByMessage;

        [Tooltip("Sign in and start on Start() with the credentials below (demo scenes); otherwise call SignInAndPlay()")]
        public bool playOnStart;

        public string username;
        public string password;

        public StateEvent onStateChanged = new StateEvent();
        public ActivityEvent onActivity = new ActivityEvent();
        public TranscriptEvent onTranscript = new TranscriptEvent();
        public EvaluationEvent onEvaluation = new EvaluationEvent();
        public TutorResponseEvent onTutorResponse = new TutorResponseEvent();
        public StageCompleteEvent onStageComplete = new StageCompleteEvent();
        public SessionCompleteEvent onSessionComplete = new SessionCompleteEvent();
        public ErrorEvent onError = new ErrorEvent();

        KotoClient client;

        /// <summary>The REST client (tokens, lessons, sessions, audio download), made from serverUrl on first use.</summary>
        public KotoClient Client
        {
            get
            {
                if (client == null) client = new KotoClient(serverUrl, new UnityWebRequestTransport());
                return client;
            }
        }

        /// <summary>The live session, once started.</summary>
        public TutorSession Session { get; private set; }

        /// <summary>The last activity received (what the learner is answering).</summary>
        public ActivityMessage CurrentActivity { get; private set; }

        async void Start()
        {
            if (!playOnStart) return;
            try
            {
                await SignInAndPlay(username, password);
            }
            catch (Exception e)
            {
                RaiseError("start_failed", e.Message);
            }
        }

        /// <summary>Signs in, finds the lesson, resumes the active session on it or starts one, and connects.</summary>
        /// <exception cref="KotoApiException">wrong credentials (401), unknown lesson, …</exception>
        public async Task SignInAndPlay(string user, string pass)
        {
            await Client.SignInAsync(user, pass);
            string lang = string.IsNullOrEmpty(instructionLang) ? null : instructionLang;
            string lessonId = lesson;
            var lessons = await Client.ListLessonsAsync(lang);
            var match = lessons.Find(l => l.Slug == lesson || l.Id == lesson);
            if (match == null) throw new InvalidOperationException("No published lesson '" + lesson + "' on " + serverUrl + ".");
            lessonId = match.Id;
            var session = await Client.ResumeOrStartAsync(lessonId, lang);
            Play(session.Id);
        }

        /// <summary>Connects to an existing session (e.g. one kept from an earlier run).</summary>
        public void Play(string sessionId)
        {
            if (Session != null) Session.Stop();
            Session = new TutorSession(Client, CreateSockets(), sessionId) { AuthenticateByMessage = authenticateByMessage };
            Session.StateChanged += s => onStateChanged.Invoke(s);
            Session.Activity += m => { CurrentActivity = m; onActivity.Invoke(m); };
            Session.Transcript += m => onTranscript.Invoke(m);
            Session.Evaluation += m => onEvaluation.Invoke(m);
            Session.TutorResponse += m => onTutorResponse.Invoke(m);
            Session.StageComplete += m => onStageComplete.Invoke(m);
            Session.SessionComplete += m => onSessionComplete.Invoke(m);
            Session.Error += m => onError.Invoke(m);
            Session.Start(Now);
        }

        /// <summary>Sends a typed answer; returns its client_event_id (null when no session is running).</summary>
        public string SendText(string text)
        {
            if (Session == null || string.IsNullOrEmpty(text)) return null;
            return Session.SendText(text.Trim());
        }

        /// <summary>Uploads a voice answer (WAV bytes, e.g. from VoiceRecorder).</summary>
        public async Task SendVoice(byte[] wav)
        {
            if (Session == null) return;
            try
            {
                await Session.SendVoiceAsync(wav, "audio/wav");
            }
            catch (Exception e)
            {
                RaiseError("upload_failed", e.Message);
            }
        }

        /// <summary>Ends the session on the server (idempotent) and closes the socket.</summary>
        public async Task EndSession()
        {
            if (Session == null) return;
            string id = Session.SessionId;
            Session.Stop();
            await Client.EndSessionAsync(id);
        }

        void Update()
        {
            if (Session != null) Session.Tick(Now);
        }

        void OnDestroy()
        {
            if (Session != null) Session.Stop();
        }

        static double Now { get { return Time.realtimeSinceStartupAsDouble; } }

        static IWebSocketFactory CreateSockets()
        {
#if KOTO_NATIVEWEBSOCKET
            return new NativeWebSocketFactory();
#elif UNITY_WEBGL && !UNITY_EDITOR
            throw new InvalidOperationException("WebGL needs the NativeWebSocket package (com.endel.nativewebsocket): see the package README.");
#else
            return new ClientWebSocketFactory();
#endif
        }

        void RaiseError(string code, string detail)
        {
            Debug.LogWarning("koto: " + code + ": " + detail);
            onError.Invoke(new ErrorMessage { Type = MessageTypes.Error, Code = code, Detail = detail });
        }
    }
}
