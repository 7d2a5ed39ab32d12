using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Koto.Client
{
    /// <summary>Where a <see cref="TutorSession"/> stands.</summary>
    public enum TutorSessionState
    {
        /// <summary>Not started, or stopped by <see cref="TutorSession.Stop"/>.</summary>
        Idle,
        /// <summary>Refreshing the token or opening the socket.</summary>
        Connecting,
        /// <summary>Socket open: answers go out at once.</summary>
        Open,
        /// <summary>Socket lost; reconnecting after a backoff delay.</summary>
        Waiting,
        /// <summary>The session is over (session_complete received).</summary>
        Finished,
        /// <summary>Cannot continue: the session does not exist for this account, or the learner must sign in.</summary>
        Failed
    }

    /// <summary>
    /// Exponential backoff with jitter for reconnects: delay(n) = min(Max, Initial × Multiplier^n) × (1 ± Jitter),
    /// n = consecutive failures so far. Seconds.
    /// </summary>
    public sealed class Backoff
    {
        public double Initial = 0.5;
        public double Max = 30;
        public double Multiplier = 2;
        /// <summary>Fraction 0-1 of random spread around the delay (avoids every client reconnecting at once).</summary>
        public double Jitter = 0.2;
        readonly Random random;

        public Backoff() : this(new Random()) { }

        public Backoff(Random random)
        {
            this.random = random;
        }

        /// <summary>The delay in seconds before reconnect attempt number failures+1.</summary>
        public double Delay(int failures)
        {
            double d = Math.Min(Max, Initial * Math.Pow(Multiplier, Math.Max(0, failures)));
            return d * (1 + Jitter * (2 * random.NextDouble() - 1));
        }
    }

    /// <summary>
    /// A live tutoring session over the session socket (/ws/sessions/{id}), tick-driven: call <see cref="Tick"/>
    /// every frame (Unity Update()) or loop iteration with a monotonic time in seconds. Everything — socket
    /// events, reconnect timers, finished HTTP calls — is handled inside Tick on the caller's thread, so the same
    /// code runs in WebGL (no threads, no timers) and in a console program.
    /// <para>
    /// Turn messages arrive as events: activity, transcript, evaluation, tutor_response, stage_complete,
    /// session_complete, error. Typed answers go out as user_input with a fresh client_event_id and stay pending
    /// until their tutor_response arrives (an evaluation alone is not enough: the reply may be lost). When the socket drops, the session reconnects with <see cref="Backoff"/>;
    /// the server re-sends the current activity on connect, and pending answers are replayed over REST with the
    /// same client_event_id (the server answers a repeat with the stored result, so nothing is evaluated twice).
    /// A passed answer whose reply arrived but whose closing message (the next activity or session_complete) did
    /// not before the socket dropped is asked for once more the same way, so a stage_complete lost with the socket
    /// still arrives (after the next activity the server re-sends on connect).
    /// Messages already delivered are not delivered again, and an activity before the one shown (by stage_index,
    /// then activity_index: a session only moves forward) is a stale copy and is not delivered.
    /// </para>
    /// </summary>
    public sealed class TutorSession
    {
        /// <summary>Seconds between application pings while open.</summary>
        public double PingInterval = 25;

        /// <summary>Seconds a connection attempt may take before it is abandoned.</summary>
        public double ConnectTimeout = 15;

        /// <summary>
        /// Authenticate with a first {type:"auth", access_token} message instead of ?access_token= in the URL
        /// (keeps the token out of proxy and server access logs). Default false: the query parameter.
        /// </summary>
        public bool AuthenticateByMessage;

        readonly KotoClient client;
        readonly IWebSocketFactory sockets;
        readonly Backoff backoff;
        readonly string sessionId;

        readonly List<Pending> pending = new List<Pending>();
        readonly HashSet<string> evaluated = new HashSet<string>();
        readonly HashSet<string> replied = new HashSet<string>();
        readonly HashSet<string> stagesDone = new HashSet<string>();
        readonly List<KeyValuePair<Task, Action<Task>>> work = new List<KeyValuePair<Task, Action<Task>>>();

        IWebSocketConnection socket;
        double now;
        double nextAttemptAt;
        double connectStartedAt;
        double lastPingAt;
        int failures;
        bool everOpened;
        bool awaitingAdmission;
        bool refreshedForThisAttempt;
        string lastErrorCode;
        string lastActivityKey;
        // a passed answer whose tutor_response arrived but not yet the turn's closing message (the next activity or
        // session_complete): a socket lost in between may have taken its stage_complete with it
        Pending unfinished;
        int shownStage;
        int shownActivity;

        public event Action<TutorSessionState> StateChanged;
        public event Action<ActivityMessage> Activity;
        public event Action<TranscriptMessage> Transcript;
        public event Action<EvaluationMessage> Evaluation;
        public event Action<TutorResponseMessage> TutorResponse;
        public event Action<StageCompleteMessage> StageComplete;
        public event Action<SessionCompleteMessage> SessionComplete;
        public event Action<AudioStatusMessage> AudioStatus;
        /// <summary>Server error messages and client-side failures (code "client_error", "sign_in_required").</summary>
        public event Action<ErrorMessage> Error;
        /// <summary>Any message of a type this client does not know (a newer server).</summary>
        public event Action<UnknownMessage> Unknown;

        public TutorSessionState State { get; private set; }

        /// <summary>The server's session id.</summary>
        public string SessionId { get { return sessionId; } }

        /// <summary>Consecutive failed connection attempts (0 once connected).</summary>
        public int Failures { get { return failures; } }

        /// <summary>Answers sent whose evaluation has not arrived yet.</summary>
        public int PendingCount { get { return pending.Count; } }

        /// <summary>How many answers were replayed over REST after a reconnect (diagnostics).</summary>
        public int Replays { get; private set; }

        /// <summary>When the next reconnect attempt is due (seconds, same clock as Tick), while Waiting.</summary>
        public double NextAttemptAt { get { return nextAttemptAt; } }

        public TutorSession(KotoClient client, IWebSocketFactory sockets, string sessionId)
            : this(client, sockets, sessionId, new Backoff()) { }

        public TutorSession(KotoClient client, IWebSocketFactory sockets, string sessionId, Backoff backoff)
        {
            this.client = client;
            this.sockets = sockets;
            this.sessionId = sessionId;
            this.backoff = backoff;
        }

        /// <summary>Connects (at the next Tick).</summary>
        public void Start(double time)
        {
            now = time;
            if (State == TutorSessionState.Idle || State == TutorSessionState.Failed)
            {
                failures = 0;
                nextAttemptAt = time;
                SetState(TutorSessionState.Waiting);
            }
        }

        /// <summary>Closes the socket and stops reconnecting.</summary>
        public void Stop()
        {
            CloseSocket();
            SetState(TutorSessionState.Idle);
        }

        /// <summary>
        /// Sends a typed answer (over the socket when open, else as soon as it is). Returns its client_event_id.
        /// </summary>
        public string SendText(string text)
        {
            string id = KotoClient.NewClientEventId();
            var p = new Pending { ClientEventId = id, Text = text, Sent = false };
            pending.Add(p);
            if (State == TutorSessionState.Open) Transmit(p);
            return id;
        }

        /// <summary>
        /// Uploads a voice answer (e.g. a 16 kHz mono WAV from <see cref="Wav"/>); the transcript and the turn
        /// arrive as messages. The returned task ends with the upload (202) and must be awaited or observed by
        /// the caller; failures also raise <see cref="Error"/>.
        /// </summary>
        public Task<AudioAccepted> SendVoiceAsync(byte[] audio, string contentType)
        {
            var upload = client.UploadAudioAsync(sessionId, audio, "answer.wav", contentType ?? "audio/wav");
            Observe(upload, t =>
            {
                if (t.IsFaulted)
                {
                    RaiseClientError("upload_failed", Describe(t.Exception));
                    return;
                }
                var accepted = ((Task<AudioAccepted>)t).Result;
                pending.Add(new Pending { ClientEventId = "audio:" + accepted.AudioId, AudioId = accepted.AudioId, Sent = true });
            });
            return upload;
        }

        /// <summary>Runs everything that is due: socket events, finished HTTP calls, reconnects, pings.</summary>
        public void Tick(double time)
        {
            now = time;
            RunFinishedWork();
            if (socket != null)
            {
                SocketEvent e;
                // a bounded batch per tick keeps a frame short
                for (int i = 0; i < 64 && socket != null && socket.TryPoll(out e); i++)
                {
                    Handle(e);
                }
            }
            switch (State)
            {
                case TutorSessionState.Waiting:
                    if (now >= nextAttemptAt) Connect();
                    break;
                case TutorSessionState.Connecting:
                    if (socket != null && now - connectStartedAt > ConnectTimeout)
                    {
                        CloseSocket();
                        ScheduleReconnect("connection attempt timed out");
                    }
                    break;
                case TutorSessionState.Open:
                    if (now - lastPingAt >= PingInterval)
                    {
                        lastPingAt = now;
                        socket.Send(client.Json.Serialize(new PingMessage()));
                    }
                    break;
            }
        }

        // ---------- connection ----------

        void Connect()
        {
            SetState(TutorSessionState.Connecting);
            connectStartedAt = now;
            if (client.AccessTokenStale && client.RefreshToken != null)
            {
                Observe(client.RefreshAsync(), t =>
                {
                    if (t.IsFaulted && Unwrap(t.Exception) is KotoSignInRequiredException)
                    {
                        Fail("sign_in_required", "The learner must sign in again.");
                    }
                    else if (t.IsFaulted)
                    {
                        ScheduleReconnect(Describe(t.Exception));
                    }
                    else
                    {
                        OpenSocket();
                    }
                });
                return;
            }
            OpenSocket();
        }

        void OpenSocket()
        {
            if (State != TutorSessionState.Connecting) return;
            lastErrorCode = null;
            awaitingAdmission = true;
            socket = sockets.Create();
            connectStartedAt = now;
            socket.Open(client.SocketUrl(sessionId, !AuthenticateByMessage));
        }

        void Handle(SocketEvent e)
        {
            switch (e.Kind)
            {
                case SocketEventKind.Opened:
                    if (AuthenticateByMessage)
                    {
                        socket.Send(client.Json.Serialize(new AuthMessage { AccessToken = client.AccessToken }));
                    }
                    SetState(TutorSessionState.Open);
                    lastPingAt = now;
                    break;
                case SocketEventKind.Message:
                    OnMessage(e.Text);
                    break;
                case SocketEventKind.Closed:
                    socket = null;
                    OnClosed(e.CloseCode, e.Reason);
                    break;
            }
        }

        void OnClosed(int code, string reason)
        {
            if (State == TutorSessionState.Finished || State == TutorSessionState.Idle || State == TutorSessionState.Failed) return;
            if (code == 4404 || lastErrorCode == "not_found")
            {
                Fail("not_found", "There is no such session for this account.");
                return;
            }
            if (code == 4401 || lastErrorCode == "unauthorized")
            {
                if (refreshedForThisAttempt || client.RefreshToken == null)
                {
                    Fail("sign_in_required", "The access token was refused and could not be renewed: sign in again.");
                    return;
                }
                refreshedForThisAttempt = true;
                SetState(TutorSessionState.Connecting);
                Observe(client.RefreshAsync(), t =>
                {
                    if (t.IsFaulted || !((Task<bool>)t).Result) Fail("sign_in_required", "The learner must sign in again.");
                    else OpenSocket();
                });
                return;
            }
            ScheduleReconnect(reason);
        }

        void ScheduleReconnect(string reason)
        {
            double delay = backoff.Delay(failures);
            failures++;
            nextAttemptAt = now + delay;
            SetState(TutorSessionState.Waiting);
        }

        void Fail(string code, string detail)
        {
            CloseSocket();
            SetState(TutorSessionState.Failed);
            RaiseClientError(code, detail);
        }

        void CloseSocket()
        {
            if (socket != null)
            {
                socket.Close();
                socket = null;
            }
        }

        // ---------- messages ----------

        void OnMessage(string text)
        {
            SocketMessage message;
            try
            {
                message = SessionMessages.Decode(client.Json, text);
            }
            catch (KotoProtocolException e)
            {
                RaiseClientError("bad_message", e.Message);
                return;
            }
            if (awaitingAdmission && !(message is ErrorMessage))
            {
                // the first real message after connect (the current activity) means the server admitted us
                awaitingAdmission = false;
                OnAdmitted();
            }
            Dispatch(message);
        }

        void OnAdmitted()
        {
            bool reconnect = everOpened;
            everOpened = true;
            failures = 0;
            refreshedForThisAttempt = false;
            if (!reconnect)
            {
                foreach (var p in pending) if (!p.Sent && p.AudioId == null) Transmit(p);
                return;
            }
            if (unfinished != null && unfinished.Text != null && !pending.Contains(unfinished))
            {
                // the reply came, the turn's end may not have: ask for the stored turn again (stage_complete and the
                // next activity are de-duplicated, so nothing is shown twice); a failure here loses only a banner
                var tail = unfinished;
                unfinished = null;
                Replay(tail.ClientEventId, tail.Text, true);
            }
            foreach (var p in pending.ToArray())
            {
                if (p.AudioId != null)
                {
                    socket.Send(client.Json.Serialize(new AudioUploadedMessage { AudioId = p.AudioId }));
                }
                else if (p.Sent)
                {
                    Replay(p.ClientEventId, p.Text);
                }
                else
                {
                    Transmit(p);
                }
            }
        }

        void Transmit(Pending p)
        {
            p.Sent = true;
            socket.Send(client.Json.Serialize(new UserInputMessage { Text = p.Text, ClientEventId = p.ClientEventId }));
        }

        /// <summary>Asks for a turn's result again over REST (the server replays it for a known client_event_id).</summary>
        void Replay(string clientEventId, string text, bool quiet = false)
        {
            Replays++;
            Observe(client.SendTextAsync(sessionId, text, clientEventId), t =>
            {
                if (t.IsFaulted)
                {
                    if (quiet) return;
                    var api = Unwrap(t.Exception) as KotoApiException;
                    if (api != null && api.Status != 401 && api.Status < 500)
                    {
                        Forget(clientEventId);
                        RaiseClientError("replay_failed", api.Message);
                    }
                    // transport errors: try again on the next reconnect
                    return;
                }
                Deliver(clientEventId, ((Task<TurnResult>)t).Result);
            });
        }

        /// <summary>Turns a REST turn result into the messages the socket would have pushed, skipping delivered ones.</summary>
        void Deliver(string clientEventId, TurnResult result)
        {
            Dispatch(new EvaluationMessage { Type = MessageTypes.Evaluation, ClientEventId = clientEventId, Evaluation = result.Evaluation });
            var r = result.TutorResponse ?? new TutorResponse();
            Dispatch(new TutorResponseMessage
            {
                Type = MessageTypes.TutorResponse, ClientEventId = clientEventId, Text = r.Text,
                Translation = r.Translation, Hint = r.Hint, AudioUrl = r.AudioUrl, DurationMs = r.DurationMs
            });
            if (result.StageComplete != null)
            {
                result.StageComplete.Type = MessageTypes.StageComplete;
                Dispatch(result.StageComplete);
            }
            if (result.SessionComplete != null)
            {
                result.SessionComplete.Type = MessageTypes.SessionComplete;
                Dispatch(result.SessionComplete);
            }
            else if (result.NextActivity != null)
            {
                var audio = result.NextActivityAudio;
                Dispatch(new ActivityMessage
                {
                    Type = MessageTypes.Activity, Activity = result.NextActivity,
                    AudioUrl = audio == null ? null : audio.Url, DurationMs = audio == null ? (int?)null : audio.DurationMs
                });
            }
            else if (result.Session != null && result.Session.Status != SessionStatus.Active)
            {
                // older servers: no session_complete object in the REST turn
                Dispatch(new SessionCompleteMessage
                {
                    Type = MessageTypes.SessionComplete, Status = result.Session.Status, TotalScore = result.Session.TotalScore
                });
            }
        }

        void Dispatch(SocketMessage message)
        {
            var activity = message as ActivityMessage;
            if (activity != null)
            {
                if (!IsNewActivity(activity.Activity)) return;
                unfinished = null;
                Raise(Activity, activity);
                return;
            }
            var evaluation = message as EvaluationMessage;
            if (evaluation != null)
            {
                if (evaluation.ClientEventId != null && !evaluated.Add(evaluation.ClientEventId)) return;
                if (evaluation.Evaluation != null && evaluation.Evaluation.Passed)
                {
                    var answered = pending.Find(p => p.ClientEventId == evaluation.ClientEventId);
                    if (answered != null) answered.Passed = true;
                }
                // still pending: a socket lost between the evaluation and the tutor's reply must replay the turn
                Raise(Evaluation, evaluation);
                return;
            }
            var reply = message as TutorResponseMessage;
            if (reply != null)
            {
                if (reply.ClientEventId != null && !replied.Add(reply.ClientEventId)) return;
                var turn = pending.Find(p => p.ClientEventId == reply.ClientEventId);
                if (turn != null && turn.Passed) unfinished = turn;
                Forget(reply.ClientEventId);
                Raise(TutorResponse, reply);
                return;
            }
            var transcript = message as TranscriptMessage;
            if (transcript != null)
            {
                // a voice answer's text, for asking for its turn again over REST
                var voice = pending.Find(p => p.AudioId != null && p.AudioId == transcript.AudioId);
                if (voice != null) voice.Text = transcript.Text;
                Raise(Transcript, transcript);
                return;
            }
            var stage = message as StageCompleteMessage;
            if (stage != null)
            {
                if (stage.StageKey != null && !stagesDone.Add(stage.StageKey)) return;
                Raise(StageComplete, stage);
                return;
            }
            var complete = message as SessionCompleteMessage;
            if (complete != null)
            {
                if (State == TutorSessionState.Finished) return;
                pending.Clear();
                unfinished = null;
                CloseSocket();
                SetState(TutorSessionState.Finished);
                Raise(SessionComplete, complete);
                return;
            }
            var status = message as AudioStatusMessage;
            if (status != null)
            {
                OnAudioStatus(status);
                Raise(AudioStatus, status);
                return;
            }
            var error = message as ErrorMessage;
            if (error != null)
            {
                lastErrorCode = error.Code;
                if (error.AudioId != null) Forget("audio:" + error.AudioId);
                Raise(Error, error);
                return;
            }
            var unknown = message as UnknownMessage;
            if (unknown != null) Raise(Unknown, unknown);
            // pong: nothing to do
        }

        /// <summary>
        /// Whether an activity is to be shown, and if so it becomes the one shown. Not when it is the activity shown
        /// already (a resume, a replayed turn or a retry repeats it), nor when it comes before that one in the lesson:
        /// a session only moves forward, by (stage_index, activity_index), so an earlier activity is a stale copy
        /// (a replayed turn's result arriving late, or a resume read before a turn that has since been delivered).
        /// </summary>
        bool IsNewActivity(LearnerActivity a)
        {
            if (a == null) return true;
            if (a.Key != null && a.Key == lastActivityKey) return false;
            if (lastActivityKey != null && (a.StageIndex < shownStage || (a.StageIndex == shownStage && a.ActivityIndex < shownActivity)))
            {
                return false;
            }
            lastActivityKey = a.Key;
            shownStage = a.StageIndex;
            shownActivity = a.ActivityIndex;
            return true;
        }

        void OnAudioStatus(AudioStatusMessage status)
        {
            string id = "audio:" + status.AudioId;
            var voice = pending.Find(p => p.ClientEventId == id);
            if (status.Status == "done" && status.Transcript != null && voice != null)
            {
                voice.Text = status.Transcript;
                Replay(id, status.Transcript);
            }
            else if (status.Status == "failed" || status.Status == "not_found")
            {
                Forget(id);
            }
        }

        void Forget(string clientEventId)
        {
            if (clientEventId != null) pending.RemoveAll(p => p.ClientEventId == clientEventId);
        }

        // ---------- helpers ----------

        /// <summary>Runs an action on the Tick thread once a task has finished.</summary>
        void Observe(Task task, Action<Task> then)
        {
            work.Add(new KeyValuePair<Task, Action<Task>>(task, then));
        }

        void RunFinishedWork()
        {
            if (work.Count == 0) return;
            var done = work.FindAll(w => w.Key.IsCompleted);
            if (done.Count == 0) return;
            work.RemoveAll(w => w.Key.IsCompleted);
            foreach (var w in done) w.Value(w.Key);
        }

        void SetState(TutorSessionState state)
        {
            if (State == state) return;
            State = state;
            Raise(StateChanged, state);
        }

        void RaiseClientError(string code, string detail)
        {
            Raise(Error, new ErrorMessage { Type = MessageTypes.Error, Code = code, Detail = detail });
        }

        static void Raise<T>(Action<T> handler, T value)
        {
            if (handler != null) handler(value);
        }

        static Exception Unwrap(AggregateException e)
        {
            return e == null ? null : e.GetBaseException();
        }

        static string Describe(AggregateException e)
        {
            var inner = Unwrap(e);
            return inner == null ? "unknown error" : inner.Message;
        }

        sealed class Pending
        {
            public string ClientEventId;
            public string Text;
            public string AudioId;
            public bool Sent;
            /// <summary>Its evaluation arrived and passed (the turn moves on: its closing message is awaited).</summary>
            public bool Passed;
        }
    }
}
