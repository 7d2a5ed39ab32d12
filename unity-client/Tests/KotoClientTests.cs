using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace Koto.Client.Tests
{
    /// <summary>Token handling and REST calls of KotoClient against a scripted transport.</summary>
    [TestFixture]
    public class KotoClientTests
    {
        FakeHttp http;
        DateTime now;
        KotoClient client;
        int refreshCalls;

        [SetUp]
        public void SetUp()
        {
            http = new FakeHttp();
            now = new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);
            client = new KotoClient("http://koto.test/", http, new DataContractJsonCodec(), () => now);
            refreshCalls = 0;
        }

        static string Token(string access, string refresh, int expiresIn)
        {
            return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"") + "}";
        }

        /// <summary>A server with rotating refresh tokens: access tokens a1, a2, …; refresh tokens r1, r2, ….</summary>
        void RotatingServer(Func<HttpRequest, HttpResponse> other)
        {
            http.Handler = r =>
            {
                if (r.Url.EndsWith("/auth/token")) return FakeHttp.Json(200, Token("a1", "r1", 3600));
                if (r.Url.EndsWith("/auth/refresh"))
                {
                    refreshCalls++;
                    string expected = "r" + refreshCalls;
                    if (!FakeHttp.BodyOf(r).Contains("\"" + expected + "\""))
                        return FakeHttp.Json(401, "{\"status\":401,\"detail\":\"Refresh token reused: the family is revoked.\"}");
                    return FakeHttp.Json(200, Token("a" + (refreshCalls + 1), "r" + (refreshCalls + 1), 3600));
                }
                return other(r);
            };
        }

        [Test]
        public void SignInKeepsBothTokensAndTheExpiry()
        {
            RotatingServer(r => FakeHttp.Json(500, "{}"));
            client.SignInAsync("mina", "secret-pass").GetAwaiter().GetResult();
            Assert.AreEqual("a1", client.AccessToken);
            Assert.AreEqual("r1", client.RefreshToken);
            Assert.AreEqual(now.AddHours(1), client.AccessTokenExpiresAt);
            var sent = http.Requests[0];
            Assert.AreEqual("http://koto.test/api/v1/auth/token", sent.Url);
            Assert.AreEqual("{\"username\":\"mina\",\"password\":\"secret-pass\"}", FakeHttp.BodyOf(sent));
            Assert.IsFalse(sent.Headers.ContainsKey("Authorization"));
        }

        [Test]
        public void A401IsRefreshedOnceAndTheCallRepeatedWithTheNewToken()
        {
            RotatingServer(r => r.Headers["Authorization"] == "Bearer a2"
                ? FakeHttp.Json(200, Fixtures.Read("lessons.json"))
                : FakeHttp.Json(401, "{\"status\":401,\"detail\":\"expired\"}"));
            client.SignInAsync("mina", "secret-pass").GetAwaiter().GetResult();
            var lessons = client.ListLessonsAsync("id").GetAwaiter().GetResult();
            Assert.AreEqual(2, lessons.Count);
            Assert.AreEqual(1, refreshCalls);
            Assert.AreEqual("r2", client.RefreshToken, "the rotated refresh token is kept");
            Assert.AreEqual("http://koto.test/api/v1/lessons?instruction_lang=id", http.Requests[http.Requests.Count - 1].Url);
        }

        [Test]
        public void AStaleTokenIsRefreshedBeforeTheCall()
        {
            RotatingServer(r => FakeHttp.Json(200, Fixtures.Read("session-started.json")));
            client.SignInAsync("mina", "secret-pass").GetAwaiter().GetResult();
            now = now.AddMinutes(59.5); // within the 60 s margin
            client.GetSessionAsync("s-1").GetAwaiter().GetResult();
            Assert.AreEqual(1, refreshCalls);
            Assert.AreEqual("Bearer a2", http.Requests[http.Requests.Count - 1].Headers["Authorization"]);
        }

        [Test]
        public void ConcurrentCallersShareOneRefresh()
        {
            var gate = new System.Threading.Tasks.TaskCompletionSource<HttpResponse>();
            var slow = new SlowRefreshHttp(gate.Task);
            var c = new KotoClient("http://koto.test", slow, new DataContractJsonCodec(), () => now);
            c.Restore("a1", "r1", now.AddHours(1));
            var first = c.RefreshAsync();
            var second = c.RefreshAsync();
            Assert.AreSame(first, second);
            gate.SetResult(FakeHttp.Json(200, Token("a2", "r2", 3600)));
            Assert.IsTrue(first.GetAwaiter().GetResult());
            Assert.AreEqual(1, slow.Calls);
            Assert.AreEqual("r2", c.RefreshToken);
        }

        sealed class SlowRefreshHttp : IHttpTransport
        {
            readonly System.Threading.Tasks.Task<HttpResponse> answer;
            public int Calls;
            public SlowRefreshHttp(System.Threading.Tasks.Task<HttpResponse> answer) { this.answer = answer; }
            public System.Threading.Tasks.Task<HttpResponse> SendAsync(HttpRequest request) { Calls++; return answer; }
        }

        [Test]
        public void ARejectedRefreshMeansSignInAgain()
        {
            RotatingServer(r => FakeHttp.Json(401, "{\"status\":401}"));
            client.SignInAsync("mina", "secret-pass").GetAwaiter().GetResult();
            client.Restore("a1", "r-stolen", now.AddHours(1));
            var e = Assert.Throws<KotoSignInRequiredException>(() => client.GetSessionAsync("s-1").GetAwaiter().GetResult());
            StringAssert.Contains("revoked", e.Message);
            Assert.IsNull(client.RefreshToken);
            Assert.IsNull(client.AccessToken);
        }

        [Test]
        public void ARateLimitedRefreshKeepsTheTokens()
        {
            http.Handler = r => r.Url.EndsWith("/auth/refresh")
                ? FakeHttp.Json(429, "{\"status\":429,\"detail\":\"Too many requests (logins); try again in 1 s.\"}")
                : FakeHttp.Json(401, "{\"status\":401}");
            client.Restore("a1", "r1", now.AddHours(1));
            var e = Assert.Throws<KotoApiException>(() => client.RefreshAsync().GetAwaiter().GetResult());
            Assert.AreEqual(429, e.Status);
            Assert.AreEqual("a1", client.AccessToken);
            Assert.AreEqual("r1", client.RefreshToken);
        }

        [Test]
        public void AServerWithoutRefreshTokensAsksForSignInOn401()
        {
            http.Handler = r => r.Url.EndsWith("/auth/token") ? FakeHttp.Json(200, Fixtures.Read("token.json"))
                : FakeHttp.Json(401, Fixtures.Read("problem-401.json"));
            client.SignInAsync("mina", "secret-pass").GetAwaiter().GetResult();
            Assert.IsNull(client.RefreshToken);
            Assert.Throws<KotoSignInRequiredException>(() => client.ListLessonsAsync(null).GetAwaiter().GetResult());
            Assert.IsFalse(http.Requests.Exists(r => r.Url.EndsWith("/auth/refresh")));
        }

        [Test]
        public void ErrorStatusesCarryTheProblemDetail()
        {
            http.Handler = r => FakeHttp.Json(400, Fixtures.Read("problem-400.json"));
            client.Restore("a1", null, now.AddHours(1));
            var e = Assert.Throws<KotoApiException>(() => client.SendTextAsync("s-1", "", "bad id!").GetAwaiter().GetResult());
            Assert.AreEqual(400, e.Status);
            StringAssert.Contains("client_event_id", e.Message);
            Assert.AreEqual(400, e.Problem.Status);
        }

        [Test]
        public void TextAnswersPostTheEventWithItsIdempotencyKey()
        {
            http.Handler = r => FakeHttp.Json(200, Fixtures.Read("turn-passed.json"));
            client.Restore("a1", null, now.AddHours(1));
            var result = client.SendTextAsync("s 1", "안녕하세요", "c-7").GetAwaiter().GetResult();
            Assert.IsTrue(result.Evaluation.Passed);
            var sent = http.Requests[0];
            Assert.AreEqual("POST", sent.Method);
            Assert.AreEqual("http://koto.test/api/v1/sessions/s%201/events", sent.Url);
            Assert.AreEqual("application/json", sent.ContentType);
            Assert.AreEqual("{\"type\":\"user_input\",\"text\":\"안녕하세요\",\"client_event_id\":\"c-7\"}", FakeHttp.BodyOf(sent));
        }

        [Test]
        public void AudioIsUploadedAsAMultipartAudioPart()
        {
            http.Handler = r => FakeHttp.Json(202, "{\"audio_id\":\"9b1d\",\"status\":\"processing\"}");
            client.Restore("a1", null, now.AddHours(1));
            var accepted = client.UploadAudioAsync("s-1", new byte[] { 82, 73, 70, 70 }, "answer.wav", "audio/wav").GetAwaiter().GetResult();
            Assert.AreEqual("9b1d", accepted.AudioId);
            var sent = http.Requests[0];
            StringAssert.StartsWith("multipart/form-data; boundary=koto-", sent.ContentType);
            StringAssert.Contains("name=\"audio\"; filename=\"answer.wav\"", System.Text.Encoding.UTF8.GetString(sent.Body));
        }

        [Test]
        public void SessionListsAcceptPagesArraysAndMissingEndpoints()
        {
            client.Restore("a1", null, now.AddHours(1));
            string one = Fixtures.Read("session-started.json");
            http.Handler = r => FakeHttp.Json(200, "[" + one + "]");
            Assert.AreEqual(1, client.ListSessionsAsync("active").GetAwaiter().GetResult().Count);
            http.Handler = r => FakeHttp.Json(200, "{\"items\":[" + one + "," + one + "],\"page\":0,\"size\":20,\"total_items\":2,\"total_pages\":1}");
            Assert.AreEqual(2, client.ListSessionsAsync("active").GetAwaiter().GetResult().Count);
            http.Handler = r => FakeHttp.Json(404, "{\"status\":404}");
            Assert.IsNull(client.ListSessionsAsync("active").GetAwaiter().GetResult());
            Assert.AreEqual("http://koto.test/api/v1/sessions?status=active", http.Requests[0].Url);
        }

        [Test]
        public void EndpointsMissingOnOlderServersAnswerNull()
        {
            client.Restore("a1", null, now.AddHours(1));
            // an older server answers unknown /api paths with the console's HTML page (200 text/html)
            http.Handler = r => new HttpResponse { Status = 200, ContentType = "text/html", Body = System.Text.Encoding.UTF8.GetBytes("<!doctype html>") };
            Assert.IsNull(client.GetMeAsync().GetAwaiter().GetResult());
            http.Handler = r => FakeHttp.Json(200, Fixtures.Read("account.json"));
            Assert.AreEqual("fixture-learner", client.GetMeAsync().GetAwaiter().GetResult().Username);
            http.Handler = r => new HttpResponse { Status = 403 };
            Assert.IsNull(client.ListSessionsAsync("active").GetAwaiter().GetResult());
        }

        [Test]
        public void ResumeOrStartResumesTheActiveSessionOfTheLesson()
        {
            client.Restore("a1", null, now.AddHours(1));
            var started = new DataContractJsonCodec().Deserialize<SessionView>(Fixtures.Read("session-started.json"));
            http.Handler = r => r.Method == "GET" ? FakeHttp.Json(200, "[" + Fixtures.Read("session-started.json") + "]")
                : FakeHttp.Json(201, Fixtures.Read("session-started.json"));
            var resumed = client.ResumeOrStartAsync(started.LessonId, null).GetAwaiter().GetResult();
            Assert.AreEqual(started.Id, resumed.Id);
            Assert.IsFalse(http.Requests.Exists(r => r.Method == "POST"));
            client.ResumeOrStartAsync("another-lesson", null).GetAwaiter().GetResult();
            Assert.IsTrue(http.Requests.Exists(r => r.Method == "POST" && FakeHttp.BodyOf(r) == "{\"lesson_id\":\"another-lesson\"}"));
        }

        [Test]
        public void SocketAndAudioUrlsAreDerivedFromTheBaseUrl()
        {
            client.Restore("a b", null, now.AddHours(1));
            Assert.AreEqual("ws://koto.test/ws/sessions/s-1?access_token=a%20b", client.SocketUrl("s-1"));
            var secure = new KotoClient("https://koto.example.org/koto-api", http);
            Assert.AreEqual("wss://koto.example.org/koto-api/ws/sessions/x?access_token=", secure.SocketUrl("x"));
            Assert.AreEqual("http://koto.test/files/a.ogg?sig=1", client.Resolve("/files/a.ogg?sig=1"));
            Assert.AreEqual("https://cdn/x", client.Resolve("https://cdn/x"));
        }

        [Test]
        public void ClientEventIdsAreUniqueAndValid()
        {
            var seen = new HashSet<string>();
            for (int i = 0; i < 100; i++)
            {
                string id = KotoClient.NewClientEventId();
                Assert.IsTrue(System.Text.RegularExpressions.Regex.IsMatch(id, "^[A-Za-z0-9._:-]{1,64}$"), id);
                Assert.IsTrue(seen.Add(id));
            }
        }
    }
}
