using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Koto.Client
{
    /// <summary>
    /// <see cref="IHttpTransport"/> on System.Net.Http.HttpClient (desktop players, the editor, Mono, tests).
    /// Redirects are not followed; the default timeout is 30 s. Not usable in WebGL players (no sockets there):
    /// use Koto.Client.Unity.UnityWebRequestTransport.
    /// </summary>
    public sealed class HttpClientTransport : IHttpTransport, IDisposable
    {
        readonly HttpClient client;

        public HttpClientTransport() : this(TimeSpan.FromSeconds(30)) { }

        public HttpClientTransport(TimeSpan timeout)
        {
            client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = timeout };
        }

        /// <inheritdoc />
        public async Task<HttpResponse> SendAsync(HttpRequest request)
        {
            using (var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url))
            {
                foreach (var header in request.Headers)
                {
                    message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                if (request.Body != null)
                {
                    message.Content = new ByteArrayContent(request.Body);
                    if (request.ContentType != null)
                    {
                        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
                    }
                }
                HttpResponseMessage answer;
                try
                {
                    answer = await client.SendAsync(message).ConfigureAwait(false);
                }
                catch (HttpRequestException e)
                {
                    throw new KotoTransportException("Could not reach " + request.Url + ": " + e.Message, e);
                }
                catch (TaskCanceledException e)
                {
                    throw new KotoTransportException("No answer from " + request.Url + " within " + client.Timeout.TotalSeconds + " s.", e);
                }
                using (answer)
                {
                    var response = new HttpResponse { Status = (int)answer.StatusCode };
                    response.Body = answer.Content == null ? new byte[0] : await answer.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    if (answer.Content != null && answer.Content.Headers.ContentType != null)
                    {
                        response.ContentType = answer.Content.Headers.ContentType.MediaType.ToLowerInvariant();
                    }
                    if (answer.Headers.Location != null)
                    {
                        response.Location = answer.Headers.Location.OriginalString;
                    }
                    return response;
                }
            }
        }

        public void Dispose()
        {
            client.Dispose();
        }
    }
}
