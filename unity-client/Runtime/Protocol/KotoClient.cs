using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;

namespace Koto.Client
{
    /// <summary>
    /// The learner's REST client for the koto tutoring API (base URL without /api/v1, e.g.
    /// "https://koto.example.org" or "http://localhost:8080"). Keeps the access token and, when the server
    /// issues one, the rotating refresh token; a call answered 401 refreshes once and is repeated.
    /// All methods throw <see cref="KotoApiException"/> for error statuses (with the server's problem+json),
    /// <see cref="KotoTransportException"/> when the server cannot be reached, and
    /// <see cref="KotoSignInRequiredException"/> when the learner must sign in again.
    /// Not thread-safe: use it from one thread (Unity's main thread) at a time.
    /// </summary>
    public sealed class KotoClient
    {
        /// <summary>A token that expires within this margin is refreshed before use.</summary>
        public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

        readonly string baseUrl;
        readonly IHttpTransport http;
        readonly IJsonCodec json;
        readonly Func<DateTime> utcNow;
        readonly object refreshGate = new object();
        Task<bool> refreshing;

        /// <summary>Current access token (JWT) or null before sign-in.</summary>
        public string AccessToken { get; private set; }

        /// <summary>Current refresh token or null (signed out, or a server without refresh tokens).</summary>
        public string RefreshToken { get; private set; }

        /// <summary>When the access token expires (UTC), per the server's expires_in.</summary>
        public DateTime AccessTokenExpiresAt { get; private set; }

        /// <summary>Raised after every new token pair (sign-in or refresh), e.g. to store the refresh token.</summary>
        public event Action<TokenResponse> TokensChanged;

        /// <summary>The server's base URL, without a trailing slash.</summary>
        public string BaseUrl { get { return baseUrl; } }

        /// <summary>The codec used for every body (shared with <see cref="TutorSession"/>).</summary>
        public IJsonCodec Json { get { return json; } }

        public KotoClient(string baseUrl, IHttpTransport http)
            : this(baseUrl, http, new DataContractJsonCodec(), () => DateTime.UtcNow) { }

        /// <param name="baseUrl">server root, http(s)://host[:port][/prefix]</param>
        /// <param name="http">transport</param>
        /// <param name="json">codec</param>
        /// <param name="utcNow">clock (tests inject one)</param>
        public KotoClient(string baseUrl, IHttpTransport http, IJsonCodec json, Func<DateTime> utcNow)
        {
            if (string.IsNullOrEmpty(baseUrl)) throw new ArgumentException("The server URL is empty.", "baseUrl");
            this.baseUrl = baseUrl.TrimEnd('/');
            this.http = http;
            this.json = json;
            this.utcNow = utcNow;
        }

        // ---------- accounts and tokens ----------

        /// <summary>POST /api/v1/learners: creates a learner account (409 when the username is taken).</summary>
        public Task<Account> RegisterAsync(Registration registration)
        {
            return SendAsync<Account>("POST", "/api/v1/learners", registration, false);
        }

        /// <summary>POST /api/v1/auth/token: signs in and keeps the tokens (401 on wrong credentials).</summary>
        public async Task<TokenResponse> SignInAsync(string username, string password)
        {
            var tokens = await SendAsync<TokenResponse>("POST", "/api/v1/auth/token",
                new Credentials { Username = username, Password = password }, false).ConfigureAwait(false);
            Accept(tokens);
            return tokens;
        }

        /// <summary>Uses tokens kept from an earlier run (e.g. a stored refresh token); the access token may be null.</summary>
        public void Restore(string accessToken, string refreshToken, DateTime accessTokenExpiresAtUtc)
        {
            AccessToken = accessToken;
            RefreshToken = refreshToken;
            AccessTokenExpiresAt = accessTokenExpiresAtUtc;
        }

        /// <summary>
        /// POST /api/v1/auth/refresh: trades the refresh token for a new pair (the old one is then spent).
        /// Concurrent callers share one refresh.
        /// </summary>
        /// <returns>false when there is no refresh token or the server has no refresh endpoint (404)</returns>
        /// <exception cref="KotoSignInRequiredException">when the refresh token is rejected</exception>
        /// <exception cref="KotoApiException">429 or a server error: the tokens are kept, retry later</exception>
        public Task<bool> RefreshAsync()
        {
            // one refresh at a time: a refresh token is spent on use, and presenting it twice revokes the sign-in
            lock (refreshGate)
            {
                if (refreshing != null && !refreshing.IsCompleted) return refreshing;
                refreshing = DoRefreshAsync();
                return refreshing;
            }
        }

        async Task<bool> DoRefreshAsync()
        {
            if (string.IsNullOrEmpty(RefreshToken)) return false;
            var response = await RawAsync("POST", "/api/v1/auth/refresh", new RefreshRequest { RefreshToken = RefreshToken }, false)
                .ConfigureAwait(false);
            if (Missing(response)) return false;
            if (response.Status == 400 || response.Status == 401)
            {
                AccessToken = null;
                RefreshToken = null;
                throw new KotoSignInRequiredException(ProblemOf(response));
            }
            // 429 (rate limit) and 5xx keep the tokens: the caller may retry later
            Accept(Read<TokenResponse>(Check(response)));
            return true;
        }

        /// <summary>POST /api/v1/auth/logout (revokes the refresh token) and forgets the tokens. Never throws for a server without logout.</summary>
        public async Task SignOutAsync()
        {
            if (!string.IsNullOrEmpty(RefreshToken))
            {
                try
                {
                    await RawAsync("POST", "/api/v1/auth/logout", new RefreshRequest { RefreshToken = RefreshToken }, true).ConfigureAwait(false);
                }
                catch (KotoTransportException)
                {
                    // the token expires on its own
                }
            }
            AccessToken = null;
            RefreshToken = null;
        }

        /// <summary>GET /api/v1/me: the signed-in account, or null from a server without /me.</summary>
        public async Task<Account> GetMeAsync()
        {
            var response = await AuthorizedAsync("GET", "/api/v1/me", null).ConfigureAwait(false);
            if (Missing(response)) return null;
            return Read<Account>(Check(response));
        }

        // ---------- lessons and sessions ----------

        /// <summary>GET /api/v1/lessons?instruction_lang=: published lessons (lang null: the account's own).</summary>
        public async Task<List<LessonSummary>> ListLessonsAsync(string instructionLang)
        {
            string path = "/api/v1/lessons" + (string.IsNullOrEmpty(instructionLang) ? "" : "?instruction_lang=" + Uri.EscapeDataString(instructionLang));
            return await SendAsync<List<LessonSummary>>("GET", path, null, true).ConfigureAwait(false);
        }

        /// <summary>POST /api/v1/sessions: starts a session on the lesson's latest published version.</summary>
        public Task<SessionView> StartSessionAsync(string lessonId, string instructionLang)
        {
            return SendAsync<SessionView>("POST", "/api/v1/sessions",
                new StartRequest { LessonId = lessonId, InstructionLang = instructionLang }, true);
        }

        /// <summary>GET /api/v1/sessions/{id}: state, progress and event log.</summary>
        public Task<SessionView> GetSessionAsync(string sessionId)
        {
            return SendAsync<SessionView>("GET", "/api/v1/sessions/" + Escape(sessionId), null, true);
        }

        /// <summary>
        /// GET /api/v1/sessions?status=: the learner's own sessions (first page). Null from a server without the
        /// endpoint (404, 405, 403 or a non-JSON answer). Accepts a <see cref="SessionPage"/> or a bare array.
        /// </summary>
        public async Task<List<SessionView>> ListSessionsAsync(string status)
        {
            string path = "/api/v1/sessions" + (string.IsNullOrEmpty(status) ? "" : "?status=" + Uri.EscapeDataString(status));
            var response = await AuthorizedAsync("GET", path, null).ConfigureAwait(false);
            // 403 is what a server without the GET mapping answers (Spring: POST only, no GET)
            if (Missing(response) || response.Status == 403) return null;
            string text = Check(response).Text.TrimStart();
            if (text.StartsWith("[", StringComparison.Ordinal)) return Read<List<SessionView>>(response);
            var page = json.Deserialize<SessionPage>(text);
            return page.Items ?? new List<SessionView>();
        }

        /// <summary>
        /// The learner's active session on a lesson if the server lists sessions and one exists, else a new one.
        /// </summary>
        public async Task<SessionView> ResumeOrStartAsync(string lessonId, string instructionLang)
        {
            var active = await ListSessionsAsync(SessionStatus.Active).ConfigureAwait(false);
            if (active != null)
            {
                foreach (var s in active)
                {
                    if (s.LessonId == lessonId && s.Status == SessionStatus.Active) return s;
                }
            }
            return await StartSessionAsync(lessonId, instructionLang).ConfigureAwait(false);
        }

        /// <summary>
        /// POST /api/v1/sessions/{id}/events: one typed answer. A repeated clientEventId returns the first result
        /// (safe to retry after a timeout). clientEventId: ≤ 64 of [A-Za-z0-9._:-], see <see cref="NewClientEventId"/>.
        /// </summary>
        public Task<TurnResult> SendTextAsync(string sessionId, string text, string clientEventId)
        {
            return SendAsync<TurnResult>("POST", "/api/v1/sessions/" + Escape(sessionId) + "/events",
                new EventRequest { Text = text, ClientEventId = clientEventId }, true);
        }

        /// <summary>POST /api/v1/sessions/{id}/end: ends the session (idempotent).</summary>
        public Task<SessionView> EndSessionAsync(string sessionId)
        {
            return SendAsync<SessionView>("POST", "/api/v1/sessions/" + Escape(sessionId) + "/end", null, true);
        }

        /// <summary>
        /// POST /api/v1/sessions/{id}/audio: uploads a voice answer (multipart part "audio"; WAV, WebM/Opus,
        /// OGG/Opus or MP3, ≤ 30 s). Answers 202 at once; the transcript and turn arrive on the session socket.
        /// </summary>
        public async Task<AudioAccepted> UploadAudioAsync(string sessionId, byte[] audio, string fileName, string contentType)
        {
            string boundary = "koto-" + Guid.NewGuid().ToString("N");
            byte[] body = Multipart.Build(boundary, "audio", fileName ?? "answer.wav", contentType ?? "audio/wav", audio);
            var response = await AuthorizedRawAsync("POST", "/api/v1/sessions/" + Escape(sessionId) + "/audio", body,
                "multipart/form-data; boundary=" + boundary).ConfigureAwait(false);
            return Read<AudioAccepted>(Check(response));
        }

        /// <summary>
        /// POST /api/v1/sessions/{id}/events/{seq}/report: "my answer should be accepted" (feeds the teachers'
        /// answer review). eventSeq is the seq of the user_input event in the session's log. A server without the
        /// endpoint answers 404 (a <see cref="KotoApiException"/>).
        /// </summary>
        public async Task ReportAnswerAsync(string sessionId, int eventSeq)
        {
            var response = await AuthorizedAsync("POST", "/api/v1/sessions/" + Escape(sessionId) + "/events/"
                + eventSeq.ToString(CultureInfo.InvariantCulture) + "/report", null).ConfigureAwait(false);
            Check(response);
        }

        /// <summary>
        /// The bytes behind an audio URL from the server (tutor audio: presigned, possibly app-relative; a learner
        /// recording /api/v1/audio/{id}: bearer-authorized, answered with a redirect that is followed once).
        /// </summary>
        public async Task<byte[]> DownloadAsync(string url)
        {
            string absolute = Resolve(url);
            bool own = absolute.StartsWith(baseUrl + "/api/", StringComparison.Ordinal);
            var request = new HttpRequest { Method = "GET", Url = absolute };
            if (own && AccessToken != null) request.Headers["Authorization"] = "Bearer " + AccessToken;
            var response = await http.SendAsync(request).ConfigureAwait(false);
            if (response.Status >= 300 && response.Status < 400 && response.Location != null)
            {
                response = await http.SendAsync(new HttpRequest { Method = "GET", Url = Resolve(response.Location) }).ConfigureAwait(false);
            }
            return Check(response).Body;
        }

        /// <summary>An absolute URL for a server URL that may be app-relative ("/files/…").</summary>
        public string Resolve(string url)
        {
            if (string.IsNullOrEmpty(url)) return url;
            if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return url;
            return baseUrl + (url.StartsWith("/", StringComparison.Ordinal) ? url : "/" + url);
        }

        /// <summary>The session socket URL (ws:// or wss:// from the base URL) with the token as query parameter.</summary>
        public string SocketUrl(string sessionId)
        {
            return SocketUrl(sessionId, true);
        }

        /// <summary>The session socket URL, with or without ?access_token= (without: send an AuthMessage first).</summary>
        public string SocketUrl(string sessionId, bool withToken)
        {
            if (!withToken) return SocketBase() + "/ws/sessions/" + Escape(sessionId);
            return SocketBase() + "/ws/sessions/" + Escape(sessionId) + "?access_token=" + Uri.EscapeDataString(AccessToken ?? "");
        }

        string SocketBase()
        {
            return baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + baseUrl.Substring(8)
                : baseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + baseUrl.Substring(7) : baseUrl;
        }

        /// <summary>A fresh idempotency key: "c-" + 32 hex digits.</summary>
        public static string NewClientEventId()
        {
            return "c-" + Guid.NewGuid().ToString("N");
        }

        /// <summary>Whether the access token is missing or expires within <see cref="RefreshMargin"/>.</summary>
        public bool AccessTokenStale
        {
            get { return AccessToken == null || utcNow() + RefreshMargin >= AccessTokenExpiresAt; }
        }

        // ---------- plumbing ----------

        void Accept(TokenResponse tokens)
        {
            AccessToken = tokens.AccessToken;
            if (!string.IsNullOrEmpty(tokens.RefreshToken)) RefreshToken = tokens.RefreshToken;
            AccessTokenExpiresAt = utcNow().AddSeconds(tokens.ExpiresIn);
            var handler = TokensChanged;
            if (handler != null) handler(tokens);
        }

        async Task<T> SendAsync<T>(string method, string path, object body, bool authorized)
        {
            var response = authorized ? await AuthorizedAsync(method, path, body).ConfigureAwait(false)
                : await RawAsync(method, path, body, false).ConfigureAwait(false);
            return Read<T>(Check(response));
        }

        Task<HttpResponse> AuthorizedAsync(string method, string path, object body)
        {
            byte[] bytes = body == null ? null : Encoding.UTF8.GetBytes(SerializeBody(body));
            return AuthorizedRawAsync(method, path, bytes, body == null ? null : "application/json");
        }

        /// <summary>Sends with the bearer token; refreshes first when stale, and once more after a 401.</summary>
        async Task<HttpResponse> AuthorizedRawAsync(string method, string path, byte[] body, string contentType)
        {
            if (AccessTokenStale && RefreshToken != null)
            {
                await RefreshAsync().ConfigureAwait(false);
            }
            if (AccessToken == null) throw new KotoSignInRequiredException(null);
            var response = await http.SendAsync(Request(method, path, body, contentType, true)).ConfigureAwait(false);
            if (response.Status != 401) return response;
            if (!await RefreshAsync().ConfigureAwait(false))
            {
                throw new KotoSignInRequiredException(ProblemOf(response));
            }
            response = await http.SendAsync(Request(method, path, body, contentType, true)).ConfigureAwait(false);
            if (response.Status == 401) throw new KotoSignInRequiredException(ProblemOf(response));
            return response;
        }

        Task<HttpResponse> RawAsync(string method, string path, object body, bool authorized)
        {
            byte[] bytes = body == null ? null : Encoding.UTF8.GetBytes(SerializeBody(body));
            return http.SendAsync(Request(method, path, bytes, body == null ? null : "application/json", authorized));
        }

        HttpRequest Request(string method, string path, byte[] body, string contentType, bool authorized)
        {
            var request = new HttpRequest { Method = method, Url = baseUrl + path, Body = body, ContentType = contentType };
            request.Headers["Accept"] = "application/json, application/problem+json";
            if (authorized && AccessToken != null) request.Headers["Authorization"] = "Bearer " + AccessToken;
            return request;
        }

        string SerializeBody(object body)
        {
            // the codec is generic; dispatch on the runtime type of the request DTOs
            var registration = body as Registration; if (registration != null) return json.Serialize(registration);
            var credentials = body as Credentials; if (credentials != null) return json.Serialize(credentials);
            var refresh = body as RefreshRequest; if (refresh != null) return json.Serialize(refresh);
            var start = body as StartRequest; if (start != null) return json.Serialize(start);
            var evt = body as EventRequest; if (evt != null) return json.Serialize(evt);
            throw new ArgumentException("No JSON body mapping for " + body.GetType().Name);
        }

        /// <summary>
        /// Whether an endpoint is absent on this server version: 404/405, or a success that is not JSON (older
        /// servers answer unknown /api paths with the console's HTML page).
        /// </summary>
        static bool Missing(HttpResponse response)
        {
            if (response.Status == 404 || response.Status == 405) return true;
            return response.IsSuccess && response.ContentType != null && !response.ContentType.Contains("json");
        }

        HttpResponse Check(HttpResponse response)
        {
            if (response.IsSuccess) return response;
            throw new KotoApiException(response.Status, ProblemOf(response), Truncate(response.Text));
        }

        T Read<T>(HttpResponse response)
        {
            return json.Deserialize<T>(response.Text);
        }

        Problem ProblemOf(HttpResponse response)
        {
            string text = response.Text;
            if (string.IsNullOrEmpty(text) || !text.TrimStart().StartsWith("{", StringComparison.Ordinal)) return null;
            try
            {
                return json.Deserialize<Problem>(text);
            }
            catch (KotoProtocolException)
            {
                return null;
            }
        }

        static string Escape(string segment)
        {
            return Uri.EscapeDataString(segment ?? "");
        }

        static string Truncate(string s)
        {
            return s == null || s.Length <= 200 ? s : s.Substring(0, 200) + "…";
        }
    }

    /// <summary>multipart/form-data with one file part (RFC 7578).</summary>
    public static class Multipart
    {
        /// <summary>The body bytes; the request's content type is "multipart/form-data; boundary=" + boundary.</summary>
        public static byte[] Build(string boundary, string field, string fileName, string contentType, byte[] data)
        {
            var head = Encoding.UTF8.GetBytes("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName.Replace("\"", "") + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n");
            var tail = Encoding.UTF8.GetBytes("\r\n--" + boundary + "--\r\n");
            var body = new byte[head.Length + data.Length + tail.Length];
            Buffer.BlockCopy(head, 0, body, 0, head.Length);
            Buffer.BlockCopy(data, 0, body, head.Length, data.Length);
            Buffer.BlockCopy(tail, 0, body, head.Length + data.Length, tail.Length);
            return body;
        }
    }
}
