using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;

namespace Koto.Client
{
    /// <summary>An HTTP request as the client builds it: absolute URL, method, headers, optional body.</summary>
    public sealed class HttpRequest
    {
        public string Method = "GET";
        public string Url;
        public readonly Dictionary<string, string> Headers = new Dictionary<string, string>();
        /// <summary>Request body or null; its media type in <see cref="ContentType"/>.</summary>
        public byte[] Body;
        public string ContentType;
    }

    /// <summary>
    /// An HTTP response. Redirects are not followed by transports (GET /audio/{id} answers 302 with the
    /// presigned URL in Location).
    /// </summary>
    public sealed class HttpResponse
    {
        public int Status;
        /// <summary>Content-Type without parameters, lower case, or null.</summary>
        public string ContentType;
        public byte[] Body = new byte[0];
        /// <summary>The Location header of a redirect or 201/202, or null.</summary>
        public string Location;

        /// <summary>The body as UTF-8 text.</summary>
        public string Text { get { return Body == null ? "" : Encoding.UTF8.GetString(Body); } }

        public bool IsSuccess { get { return Status >= 200 && Status < 300; } }
    }

    /// <summary>
    /// Sends HTTP requests. Implementations: <see cref="HttpClientTransport"/> (desktop, tests, Mono) and
    /// Koto.Client.Unity.UnityWebRequestTransport (all Unity players, WebGL included).
    /// </summary>
    public interface IHttpTransport
    {
        /// <summary>Sends one request; any status is a normal answer.</summary>
        /// <exception cref="KotoTransportException">when no answer came (network, timeout)</exception>
        Task<HttpResponse> SendAsync(HttpRequest request);
    }
}
