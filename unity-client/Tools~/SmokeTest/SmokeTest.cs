using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Runtime.Serialization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Koto.Client;

// Plays the café lesson against a running koto server with the protocol library, over HTTP and the
// session WebSocket, as a Unity client would: registers a learner, signs in, resumes or starts a session,
// answers every activity (one deliberately wrong typed answer, one voice answer made with espeak-ng,
// one answer whose socket is dropped before the result arrives), and checks every message.
// Exit code 0 when every check passed, 1 on any mismatch, 2 on bad arguments.
//
//   mono SmokeTest.exe --server http://localhost:8080 --lesson-file src/main/resources/content/demo/cafe-ordering.json
//                      [--fake-stt-port 18091] [--timeout 20] [--socket client|native] [--auth query|message]
//
// --socket native plays through Koto.Client.Unity.NativeWebSocketConnection (NativeWebSocket's .NET path),
// loaded from Koto.Client.NativeWebSocket.dll next to the program; the default is ClientWebSocketConnection.
//
// Speech-to-text: the server's only STT provider is Gemini. With --fake-stt-port the program serves a local
// stand-in of Gemini's generateContent endpoint (start the server with koto.gemini.base-url pointing at
// it): it "transcribes" a recording by looking up the SHA-256 of the WAV this program synthesized, returning
// the sentence espeak-ng spoke. Everything else on the voice path is real: WAV synthesis, multipart upload,
// the server's content sniffing and limits, storage, the google-genai SDK call, the turn and the pushes.
namespace Koto.Client.Tools
{
    public static class SmokeTest
    {
        static int failures;
        static int checks;
        static double timeoutSeconds = 20;
        static bool authByMessage;

        internal static bool AuthByMessage { get { return authByMessage; } }

        public static int Main(string[] args)
        {
            string server = Arg(args, "--server", null);
            string lessonFile = Arg(args, "--lesson-file", null);
            string sttPort = Arg(args, "--fake-stt-port", null);
            string socketKind = Arg(args, "--socket", "client");
            authByMessage = Arg(args, "--auth", "query") == "message";
            timeoutSeconds = double.Parse(Arg(args, "--timeout", "20"), System.Globalization.CultureInfo.InvariantCulture);
            if (server == null || lessonFile == null)
            {
                Console.Error.WriteLine("usage: SmokeTest --server URL --lesson-file cafe-ordering.json [--fake-stt-port N] [--timeout s]");
                return 2;
            }
            FakeSpeechToText stt = null;
            try
            {
                if (sttPort != null) stt = new FakeSpeechToText(int.Parse(sttPort));
                Console.WriteLine("socket adapter: " + socketKind);
                var run = new Run(server, LessonDocument.Load(lessonFile), stt, SocketFactory(socketKind));
                try
                {
                    run.Play();
                }
                finally
                {
                    run.Stop();
                }
            }
            catch (Exception e)
            {
                Fail("the run stopped: " + e.GetType().Name + ": " + e.Message);
            }
            finally
            {
                if (stt != null) stt.Dispose();
            }
            Console.WriteLine((checks - failures) + " checks passed, " + failures + " failed");
            int code = failures == 0 ? 0 : 1;
            Exit(code);
            return code;
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "_exit")]
        static extern void NativeExit(int status);

        // Mono's Environment.Exit waits for runtime threads to reach a safe point; a thread blocked in a
        // socket read (HttpListener, ClientWebSocket) can keep it waiting for ever (seen in CI: the summary
        // printed, then the process hung until the 300 s timeout). The run is over and its output flushed,
        // so the process ends with libc's _exit, and falls back to Environment.Exit where there is no libc.
        static void Exit(int code)
        {
            Console.Out.Flush();
            Console.Error.Flush();
            try
            {
                NativeExit(code);
            }
            catch (DllNotFoundException)
            {
            }
            catch (EntryPointNotFoundException)
            {
            }
            Environment.Exit(code);
        }

        static IWebSocketFactory SocketFactory(string kind)
        {
            if (kind == "client") return new ClientWebSocketFactory();
            if (kind != "native") throw new ArgumentException("--socket is client or native");
            var type = Type.GetType("Koto.Client.Unity.NativeWebSocketFactory, Koto.Client.NativeWebSocket", true);
            return (IWebSocketFactory)Activator.CreateInstance(type);
        }

        internal static void Check(bool ok, string what)
        {
            checks++;
            if (!ok) failures++;
            Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
        }

        internal static void Fail(string what)
        {
            Check(false, what);
        }

        internal static double Timeout { get { return timeoutSeconds; } }

        static string Arg(string[] args, string name, string fallback)
        {
            for (int i = 0; i + 1 < args.Length; i++) if (args[i] == name) return args[i + 1];
            return fallback;
        }
    }

    /// <summary>One play-through of the lesson.</summary>
    sealed class Run
    {
        const string WrongAnswer = "안녕히 가세요"; // "goodbye (to someone leaving)" where a greeting is expected
        const string VoiceActivity = "order-americano";
        const string DroppedActivity = "ask-water";

        readonly LessonDocument lesson;
        readonly FakeSpeechToText stt;
        readonly KotoClient client;
        readonly DroppingSocketFactory sockets;
        readonly Stopwatch clock = Stopwatch.StartNew();
        TutorSession session;

        LearnerActivity current;
        string currentAudioUrl;
        readonly Dictionary<string, EvaluationMessage> evaluations = new Dictionary<string, EvaluationMessage>();
        readonly Dictionary<string, TutorResponseMessage> replies = new Dictionary<string, TutorResponseMessage>();
        readonly Dictionary<string, TranscriptMessage> transcripts = new Dictionary<string, TranscriptMessage>();
        readonly List<StageCompleteMessage> stages = new List<StageCompleteMessage>();
        readonly List<string> activityKeys = new List<string>();
        readonly List<ErrorMessage> errors = new List<ErrorMessage>();
        SessionCompleteMessage complete;

        public Run(string server, LessonDocument lesson, FakeSpeechToText stt, IWebSocketFactory socketFactory)
        {
            sockets = new DroppingSocketFactory(socketFactory);
            this.lesson = lesson;
            this.stt = stt;
            client = new KotoClient(server, new HttpClientTransport());
        }

        public void Play()
        {
            string username = "smoke-" + Guid.NewGuid().ToString("N").Substring(0, 12);
            string password = "smoke-" + Guid.NewGuid().ToString("N");
            var account = client.RegisterAsync(new Registration
            {
                Username = username, Password = password, DisplayName = "Smoke Test", InstructionLang = "id"
            }).GetAwaiter().GetResult();
            SmokeTest.Check(account.Username == username && account.Role == "LEARNER", "registered learner " + username);

            var tokens = client.SignInAsync(username, password).GetAwaiter().GetResult();
            SmokeTest.Check(!string.IsNullOrEmpty(tokens.AccessToken) && tokens.ExpiresIn > 0, "signed in (token valid " + tokens.ExpiresIn + " s)");

            var wrongLogin = Catch(() => new KotoClient(client.BaseUrl, new HttpClientTransport()).SignInAsync(username, "not-the-password").GetAwaiter().GetResult());
            SmokeTest.Check(wrongLogin != null && wrongLogin.Status == 401 && wrongLogin.Problem != null && !string.IsNullOrEmpty(wrongLogin.Problem.Detail),
                "a wrong password is a 401 problem: " + (wrongLogin == null ? "none" : wrongLogin.Message));

            var me = client.GetMeAsync().GetAwaiter().GetResult();
            if (me == null) Console.WriteLine("note GET /api/v1/me is not offered by this server");
            else SmokeTest.Check(me.Username == username, "GET /me names the learner");

            if (tokens.RefreshToken != null)
            {
                string before = client.AccessToken, refreshBefore = client.RefreshToken;
                bool refreshed = client.RefreshAsync().GetAwaiter().GetResult();
                SmokeTest.Check(refreshed && client.RefreshToken != refreshBefore, "refresh token rotated");
                SmokeTest.Check(!string.IsNullOrEmpty(client.AccessToken) && before != null, "new access token issued");
            }
            else
            {
                Console.WriteLine("note this server issues no refresh token");
            }

            var lessons = client.ListLessonsAsync("id").GetAwaiter().GetResult();
            var cafe = lessons.Find(l => l.Slug == lesson.Slug);
            SmokeTest.Check(cafe != null, "lesson list has " + lesson.Slug);
            if (cafe == null) return;
            SmokeTest.Check(cafe.ActivityCount == lesson.ActivityCount, "lesson has " + lesson.ActivityCount + " activities (server says " + cafe.ActivityCount + ")");

            var started = client.ResumeOrStartAsync(cafe.Id, "id").GetAwaiter().GetResult();
            SmokeTest.Check(started.Status == SessionStatus.Active && started.CurrentActivity != null, "session " + started.Id + " is active");
            var again = client.ResumeOrStartAsync(cafe.Id, "id").GetAwaiter().GetResult();
            var listed = client.ListSessionsAsync(SessionStatus.Active).GetAwaiter().GetResult();
            if (listed == null) Console.WriteLine("note GET /api/v1/sessions is not offered by this server (no resume by list)");
            else SmokeTest.Check(again.Id == started.Id, "the active session is resumed, not started twice");

            session = new TutorSession(client, sockets, started.Id) { AuthenticateByMessage = SmokeTest.AuthByMessage };
            Console.WriteLine("     socket authentication by " + (SmokeTest.AuthByMessage ? "first message" : "query parameter"));
            Wire();
            session.Start(Now);
            WaitFor(() => current != null, "the socket delivers the current activity");
            if (current == null) return;
            SmokeTest.Check(current.Key == started.CurrentActivity.Key, "the socket's activity is the session's current one (" + current.Key + ")");
            CheckTutorAudio();

            bool wrongDone = false;
            int guard = 0;
            while (complete == null && guard++ < 3 * lesson.ActivityCount)
            {
                var activity = current;
                var expected = lesson.Find(activity.Key);
                if (expected == null)
                {
                    SmokeTest.Fail("activity " + activity.Key + " is not in the lesson file");
                    return;
                }
                if (!wrongDone)
                {
                    wrongDone = true;
                    AnswerWrong(activity);
                    continue;
                }
                if (activity.Key == VoiceActivity && stt != null) AnswerByVoice(activity, expected.CorrectAnswer());
                else if (activity.Key == DroppedActivity) AnswerThroughADroppedSocket(activity, expected.CorrectAnswer());
                else AnswerTyped(activity, expected.CorrectAnswer());
                WaitFor(() => complete != null || (current != null && current.Key != activity.Key), "the lesson moves on from " + activity.Key);
                if (complete == null && current != null && current.Key == activity.Key) return;
            }

            SmokeTest.Check(complete != null, "session_complete received");
            if (complete == null) return;
            SmokeTest.Check(complete.Status == SessionStatus.Completed, "status completed");
            SmokeTest.Check(complete.TotalScore.HasValue && complete.TotalScore.Value >= 60 && complete.TotalScore.Value < 100,
                "total score " + complete.TotalScore + " (one miss keeps it below 100)");
            SmokeTest.Check(!string.IsNullOrEmpty(complete.Message) && complete.Message.Contains(complete.TotalScore.ToString()), "closing message: " + complete.Message);
            SmokeTest.Check(session.State == TutorSessionState.Finished, "the live session finished");
            if (stages.Count > 0) SmokeTest.Check(stages.Count == lesson.StageCount - 1, stages.Count + " stage_complete messages");
            else Console.WriteLine("note no stage_complete messages from this server");
            SmokeTest.Check(activityKeys.Count == lesson.ActivityCount && new HashSet<string>(activityKeys).Count == lesson.ActivityCount,
                "each of the " + lesson.ActivityCount + " activities delivered once (" + activityKeys.Count + ")");
            SmokeTest.Check(errors.Count == 0, "no error messages" + (errors.Count == 0 ? "" : ": " + errors[0].Code + " " + errors[0].Detail));

            var final = client.GetSessionAsync(started.Id).GetAwaiter().GetResult();
            SmokeTest.Check(final.Status == SessionStatus.Completed && final.Progress.Percent == 100 && final.TotalScore == complete.TotalScore,
                "GET /sessions/{id}: completed, 100 %, score " + final.TotalScore);
            if (stt != null)
            {
                SmokeTest.Check(final.Events.Exists(e => e.Type == "user_input" && e.ClientEventId != null && e.ClientEventId.StartsWith("audio:")),
                    "the event log holds the voice answer");
            }
            var late = Catch(() => client.SendTextAsync(started.Id, "안녕하세요", KotoClient.NewClientEventId()).GetAwaiter().GetResult());
            SmokeTest.Check(late != null && late.Status == 409, "an answer after the end is a 409 problem: " + (late == null ? "accepted" : late.Message));
            client.SignOutAsync().GetAwaiter().GetResult();
        }

        /// <summary>Closes the socket, if any.</summary>
        public void Stop()
        {
            if (session != null) session.Stop();
        }

        void Wire()
        {
            session.Activity += m =>
            {
                current = m.Activity;
                currentAudioUrl = m.AudioUrl;
                activityKeys.Add(m.Activity.Key);
            };
            session.Evaluation += m => { if (m.ClientEventId != null) evaluations[m.ClientEventId] = m; };
            session.TutorResponse += m => { if (m.ClientEventId != null) replies[m.ClientEventId] = m; };
            session.Transcript += m => transcripts[m.AudioId] = m;
            session.StageComplete += m => stages.Add(m);
            session.SessionComplete += m => complete = m;
            session.Error += m => errors.Add(m);
            session.StateChanged += s => Console.WriteLine("     socket " + s);
        }

        void AnswerWrong(LearnerActivity activity)
        {
            string id = session.SendText(WrongAnswer);
            WaitFor(() => evaluations.ContainsKey(id) && replies.ContainsKey(id), "the wrong answer is evaluated");
            EvaluationMessage e;
            TutorResponseMessage r;
            if (!evaluations.TryGetValue(id, out e) || !replies.TryGetValue(id, out r)) return;
            SmokeTest.Check(!e.Evaluation.Passed, "\"" + WrongAnswer + "\" on " + activity.Key + " is not accepted (score " + e.Evaluation.Score + ")");
            SmokeTest.Check(e.Evaluation.Errors != null && e.Evaluation.Errors.Count > 0 && !string.IsNullOrEmpty(e.Evaluation.Errors[0].Correction),
                "it has a located error with a correction" + (e.Evaluation.Errors.Count > 0 ? " (" + e.Evaluation.Errors[0].Category + " → " + e.Evaluation.Errors[0].Correction + ")" : ""));
            SmokeTest.Check(!string.IsNullOrEmpty(e.Evaluation.Feedback), "feedback: " + e.Evaluation.Feedback);
            SmokeTest.Check(!string.IsNullOrEmpty(r.Hint), "the tutor gives a hint: " + r.Hint);
            SmokeTest.Check(current.Key == activity.Key, "the learner stays on " + activity.Key);
        }

        void AnswerTyped(LearnerActivity activity, string answer)
        {
            string id = session.SendText(answer);
            ExpectPassed(activity, id, "typed \"" + answer + "\"");
        }

        void AnswerByVoice(LearnerActivity activity, string answer)
        {
            byte[] wav = Espeak.Synthesize(answer);
            stt.Teach(wav, answer);
            var accepted = session.SendVoiceAsync(wav, "audio/wav").GetAwaiter().GetResult();
            SmokeTest.Check(accepted.Status == "processing", "voice answer uploaded (" + wav.Length + " bytes WAV, id " + accepted.AudioId + ")");
            WaitFor(() => transcripts.ContainsKey(accepted.AudioId), "a transcript of the voice answer");
            TranscriptMessage t;
            if (transcripts.TryGetValue(accepted.AudioId, out t)) SmokeTest.Check(t.Text == answer, "transcript \"" + t.Text + "\"");
            ExpectPassed(activity, "audio:" + accepted.AudioId, "spoken \"" + answer + "\"");
        }

        /// <summary>Sends an answer and cuts the socket at once: the result must still arrive exactly once.</summary>
        void AnswerThroughADroppedSocket(LearnerActivity activity, string answer)
        {
            string id = session.SendText(answer);
            sockets.DropCurrent();
            WaitFor(() => session.State != TutorSessionState.Open, "the socket drops");
            ExpectPassed(activity, id, "typed \"" + answer + "\" across a dropped connection");
            // the result may come from the old socket's last messages before the reconnect is made
            WaitFor(() => sockets.Created >= 2 && session.State == TutorSessionState.Open, "the session reconnects");
            SmokeTest.Check(sockets.Created >= 2, "the session reconnected (" + sockets.Created + " connections, "
                + session.Replays + " answer(s) replayed over REST)");
        }

        void ExpectPassed(LearnerActivity activity, string id, string what)
        {
            WaitFor(() => evaluations.ContainsKey(id) && replies.ContainsKey(id), "evaluation and reply for " + id);
            EvaluationMessage e;
            TutorResponseMessage r;
            if (!evaluations.TryGetValue(id, out e) || !replies.TryGetValue(id, out r)) return;
            SmokeTest.Check(e.Evaluation.Passed, activity.Key + ": " + what + " passes (score " + e.Evaluation.Score + ")");
            SmokeTest.Check(!string.IsNullOrEmpty(r.Text) && !string.IsNullOrEmpty(r.Translation), "tutor: " + r.Text + " / " + r.Translation);
        }

        void CheckTutorAudio()
        {
            if (currentAudioUrl == null)
            {
                Console.WriteLine("note the server sends no tutor audio (no TTS)");
                return;
            }
            byte[] audio = client.DownloadAsync(currentAudioUrl).GetAwaiter().GetResult();
            string magic = audio.Length >= 4 ? Encoding.ASCII.GetString(audio, 0, 4) : "";
            SmokeTest.Check(audio.Length > 1000 && (magic == "OggS" || magic == "RIFF" || magic.StartsWith("ID3") || audio[0] == 0xFF),
                "tutor audio downloaded (" + audio.Length + " bytes, " + magic + ")");
        }

        void WaitFor(Func<bool> condition, string what)
        {
            var deadline = Now + SmokeTest.Timeout;
            int errorsBefore = errors.Count;
            while (!condition())
            {
                if (errors.Count > errorsBefore)
                {
                    var e = errors[errors.Count - 1];
                    SmokeTest.Fail("error message while waiting for " + what + ": " + e.Code + ": " + e.Detail);
                    return;
                }
                if (Now > deadline)
                {
                    SmokeTest.Fail("timed out after " + SmokeTest.Timeout + " s waiting for " + what + " (socket " + session.State + ")");
                    return;
                }
                session.Tick(Now);
                Thread.Sleep(10);
            }
        }

        double Now { get { return clock.Elapsed.TotalSeconds; } }

        static KotoApiException Catch(Action action)
        {
            try
            {
                action();
                return null;
            }
            catch (KotoApiException e)
            {
                return e;
            }
        }
    }

    /// <summary>Real sockets, with a way to cut the current one as a network failure would.</summary>
    sealed class DroppingSocketFactory : IWebSocketFactory
    {
        readonly IWebSocketFactory inner;
        IWebSocketConnection last;
        public int Created;

        public DroppingSocketFactory(IWebSocketFactory inner)
        {
            this.inner = inner;
        }

        public IWebSocketConnection Create()
        {
            Created++;
            last = inner.Create();
            return Environment.GetEnvironmentVariable("KOTO_SMOKE_TRACE") == "1" ? new Traced(last, Created) : last;
        }

        /// <summary>Prints every frame in and out (KOTO_SMOKE_TRACE=1).</summary>
        sealed class Traced : IWebSocketConnection
        {
            readonly IWebSocketConnection inner;
            readonly int n;
            public Traced(IWebSocketConnection inner, int n) { this.inner = inner; this.n = n; }
            public void Open(string url) { Console.WriteLine("     #" + n + " open"); inner.Open(url); }
            public void Send(string text) { Console.WriteLine("     #" + n + " > " + Cut(text)); inner.Send(text); }
            public void Close() { Console.WriteLine("     #" + n + " close"); inner.Close(); }
            public bool TryPoll(out SocketEvent e)
            {
                bool got = inner.TryPoll(out e);
                if (got) Console.WriteLine("     #" + n + " < " + e.Kind + " " + (e.Kind == SocketEventKind.Message ? Cut(e.Text) : e.CloseCode + " " + e.Reason));
                return got;
            }
            static string Cut(string s) { return s.Length > 90 ? s.Substring(0, 90) : s; }
        }

        public void DropCurrent()
        {
            if (last != null) last.Close();
        }
    }

    /// <summary>espeak-ng → WAV bytes (Korean voice).</summary>
    static class Espeak
    {
        public static byte[] Synthesize(string text)
        {
            string file = Path.Combine(Path.GetTempPath(), "koto-smoke-" + Guid.NewGuid().ToString("N") + ".wav");
            var start = new ProcessStartInfo("espeak-ng", "-v ko -w \"" + file + "\" \"" + text.Replace("\"", "") + "\"")
            {
                UseShellExecute = false, RedirectStandardError = true
            };
            using (var p = Process.Start(start))
            {
                string err = p.StandardError.ReadToEnd();
                p.WaitForExit(20000);
                if (p.ExitCode != 0 || !File.Exists(file)) throw new InvalidOperationException("espeak-ng failed: " + err);
            }
            byte[] wav = File.ReadAllBytes(file);
            File.Delete(file);
            return wav;
        }
    }

    /// <summary>
    /// Local stand-in for Gemini's generateContent (POST …/models/{model}:generateContent): answers the server's
    /// STT request with {"text": the sentence this program synthesized into that exact WAV, "confidence": 0.93}.
    /// </summary>
    sealed class FakeSpeechToText : IDisposable
    {
        readonly HttpListener listener = new HttpListener();
        readonly Dictionary<string, string> spoken = new Dictionary<string, string>();
        readonly Thread thread;
        public int Requests;

        public FakeSpeechToText(int port)
        {
            listener.Prefixes.Add("http://127.0.0.1:" + port + "/");
            listener.Start();
            thread = new Thread(Serve) { IsBackground = true };
            thread.Start();
        }

        public void Teach(byte[] wav, string text)
        {
            lock (spoken) spoken[Sha256(wav)] = text;
        }

        void Serve()
        {
            while (listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = listener.GetContext(); }
                catch (Exception) { return; }
                try
                {
                    string body;
                    using (var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8)) body = reader.ReadToEnd();
                    Interlocked.Increment(ref Requests);
                    var m = Regex.Match(body, "\"data\"\\s*:\\s*\"([A-Za-z0-9+/=_-]+)\"");
                    string text = "";
                    if (m.Success)
                    {
                        byte[] audio = Convert.FromBase64String(m.Groups[1].Value.Replace('-', '+').Replace('_', '/'));
                        lock (spoken) spoken.TryGetValue(Sha256(audio), out text);
                    }
                    string inner = "{\"text\":\"" + (text ?? "") + "\",\"confidence\":0.93}";
                    string answer = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"" + inner.Replace("\\", "\\\\").Replace("\"", "\\\"")
                        + "\"}]},\"finishReason\":\"STOP\",\"index\":0}],\"modelVersion\":\"fake-stt\"}";
                    byte[] bytes = Encoding.UTF8.GetBytes(answer);
                    ctx.Response.ContentType = "application/json";
                    // no keep-alive: the server's HTTP client must not pool a connection to a process that exits
                    ctx.Response.KeepAlive = false;
                    ctx.Response.ContentLength64 = bytes.Length;
                    ctx.Response.OutputStream.Write(bytes, 0, bytes.Length);
                    ctx.Response.Close();
                }
                catch (Exception e)
                {
                    Console.WriteLine("fake STT: " + e.Message);
                    try { ctx.Response.StatusCode = 500; ctx.Response.Close(); } catch (Exception) { }
                }
            }
        }

        static string Sha256(byte[] data)
        {
            using (var sha = SHA256.Create()) return BitConverter.ToString(sha.ComputeHash(data)).Replace("-", "");
        }

        public void Dispose()
        {
            try { listener.Stop(); listener.Close(); } catch (Exception) { }
        }
    }

    /// <summary>The lesson file the server imported (accepted answers and correct options; never sent to learners).</summary>
    [DataContract]
    sealed class LessonDocument
    {
        [DataMember(Name = "slug")] public string Slug;
        [DataMember(Name = "stages")] public List<StageDoc> Stages;

        public static LessonDocument Load(string path)
        {
            return new DataContractJsonCodec().Deserialize<LessonDocument>(File.ReadAllText(path, Encoding.UTF8));
        }

        public int StageCount { get { return Stages.Count; } }

        public int ActivityCount
        {
            get { int n = 0; foreach (var s in Stages) n += s.Activities.Count; return n; }
        }

        public ActivityDoc Find(string key)
        {
            foreach (var s in Stages) foreach (var a in s.Activities) if (a.Key == key) return a;
            return null;
        }
    }

    [DataContract]
    sealed class StageDoc
    {
        [DataMember(Name = "key")] public string Key;
        [DataMember(Name = "activities")] public List<ActivityDoc> Activities;
    }

    [DataContract]
    sealed class ActivityDoc
    {
        [DataMember(Name = "key")] public string Key;
        [DataMember(Name = "type")] public string Type;
        [DataMember(Name = "accepted_answers")] public List<string> AcceptedAnswers;
        [DataMember(Name = "options")] public List<OptionDoc> Options;

        public string CorrectAnswer()
        {
            if (Type == ActivityTypes.Choice && Options != null)
            {
                var correct = Options.Find(o => o.Correct);
                if (correct != null) return correct.Text;
            }
            return AcceptedAnswers[0];
        }
    }

    [DataContract]
    sealed class OptionDoc
    {
        [DataMember(Name = "text")] public string Text;
        [DataMember(Name = "correct")] public bool Correct;
    }
}
