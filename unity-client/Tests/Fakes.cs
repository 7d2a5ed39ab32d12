using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Koto.Client.Tests
{
    /// <summary>Reads the JSON captured from the real server (Tests/Fixtures, see its README).</summary>
    public static class Fixtures
    {
        static string dir;

        public static string Read(string name)
        {
            return File.ReadAllText(Path.Combine(Dir(), name), Encoding.UTF8);
        }

        static string Dir()
        {
            if (dir != null) return dir;
            var candidates = new List<string>();
            var env = Environment.GetEnvironmentVariable("KOTO_FIXTURES");
            if (!string.IsNullOrEmpty(env)) candidates.Add(env);
            // Unity: an embedded or local package sits under Packages/, a git one under Library/PackageCache/<name>@<hash>
            candidates.Add(Path.Combine("Packages", Path.Combine("com.koto.client", Path.Combine("Tests", "Fixtures"))));
            var cache = Path.Combine("Library", "PackageCache");
            if (Directory.Exists(cache))
            {
                foreach (var p in Directory.GetDirectories(cache, "com.koto.client@*"))
                {
                    candidates.Add(Path.Combine(p, Path.Combine("Tests", "Fixtures")));
                }
            }
            // nunit-console: walk up from the test assembly to unity-client/Tests/Fixtures
            var d = new DirectoryInfo(AppDomain.CurrentDomain.BaseDirectory);
            for (; d != null; d = d.Parent)
            {
                candidates.Add(Path.Combine(d.FullName, Path.Combine("Tests", "Fixtures")));
                candidates.Add(Path.Combine(d.FullName, Path.Combine("unity-client", Path.Combine("Tests", "Fixtures"))));
            }
            foreach (var c in candidates)
            {
                if (File.Exists(Path.Combine(c, "token.json"))) return dir = c;
            }
            throw new FileNotFoundException("Tests/Fixtures not found; set KOTO_FIXTURES. Looked in: " + string.Join(", ", candidates.ToArray()));
        }
    }

    /// <summary>An HTTP transport answering from a handler and recording every request.</summary>
    public sealed class FakeHttp : IHttpTransport
    {
        public readonly List<HttpRequest> Requests = new List<HttpRequest>();
        public Func<HttpRequest, HttpResponse> Handler;

        public Task<HttpResponse> SendAsync(HttpRequest request)
        {
            Requests.Add(request);
            return Task.FromResult(Handler(request));
        }

        public static HttpResponse Json(int status, string json)
        {
            return new HttpResponse { Status = status, ContentType = status >= 400 ? "application/problem+json" : "application/json", Body = Encoding.UTF8.GetBytes(json) };
        }

        public static string BodyOf(HttpRequest request)
        {
            return request.Body == null ? null : Encoding.UTF8.GetString(request.Body);
        }
    }

    /// <summary>A socket the test drives by hand: it queues events and records what the client sent.</summary>
    public sealed class FakeSocket : IWebSocketConnection
    {
        public string Url;
        public readonly List<string> Sent = new List<string>();
        public bool CloseCalled;
        readonly Queue<SocketEvent> events = new Queue<SocketEvent>();

        public void Open(string url) { Url = url; }
        public void Send(string text) { Sent.Add(text); }
        public void Close() { CloseCalled = true; }

        public bool TryPoll(out SocketEvent socketEvent)
        {
            if (events.Count == 0) { socketEvent = default(SocketEvent); return false; }
            socketEvent = events.Dequeue();
            return true;
        }

        public void Opened() { events.Enqueue(SocketEvent.Opened()); }
        public void Receive(string json) { events.Enqueue(SocketEvent.Message(json)); }
        public void Closed(int code) { events.Enqueue(SocketEvent.Closed(code, "test")); }
    }

    /// <summary>Hands out FakeSockets and keeps them for inspection.</summary>
    public sealed class FakeSocketFactory : IWebSocketFactory
    {
        public readonly List<FakeSocket> Created = new List<FakeSocket>();

        public IWebSocketConnection Create()
        {
            var s = new FakeSocket();
            Created.Add(s);
            return s;
        }

        public FakeSocket Last { get { return Created[Created.Count - 1]; } }
    }
}
