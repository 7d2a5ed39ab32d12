using System.Threading.Tasks;
using UnityEngine.Networking;

namespace Koto.Client.Unity
{
    /// <summary>
    /// <see cref="IHttpTransport"/> on UnityWebRequest: works in every player, WebGL included (the browser's fetch).
    /// Completes on Unity's main thread. Redirects are followed by UnityWebRequest (and always by browsers), so
    /// KotoClient.DownloadAsync receives the presigned audio directly.
    /// </summary>
    public sealed class UnityWebRequestTransport : IHttpTransport
    {
        /// <summary>Seconds before a request is abandoned (0 = Unity's default, none).</summary>
        public int TimeoutSeconds = 30;

        public Task<HttpResponse> SendAsync(HttpRequest request)
        {
            var done = new TaskCompletionSource<HttpResponse>();
            var web = new UnityWebRequest(request.Url, request.Method);
            web.downloadHandler = new DownloadHandlerBuffer();
            if (request.Body != null)
            {
                web.uploadHandler = new UploadHandlerRaw(request.Body);
                web.uploadHandler.contentType = request.ContentType;
                web.SetRequestHeader("Content-Type", request.ContentType);
            }
            foreach (var header in request.Headers)
            {
                web.SetRequestHeader(header.Key, header.Value);
            }
            web.timeout = TimeoutSeconds;
            var operation = web.SendWebRequest();
            operation.completed += _ =>
            {
                try
                {
                    // an HTTP error status is a normal answer here; only "no answer" is a transport failure
                    if (web.result == UnityWebRequest.Result.ConnectionError || web.responseCode == 0)
                    {
                        done.SetException(new KotoTransportException("Could not reach " + request.Url + ": " + web.error));
                        return;
                    }
                    var response = new HttpResponse { Status = (int)web.responseCode };
                    response.Body = web.downloadHandler.data ?? new byte[0];
                    string type = web.GetResponseHeader("Content-Type");
                    if (type != null) response.ContentType = type.Split(';')[0].Trim().ToLowerInvariant();
                    response.Location = web.GetResponseHeader("Location");
                    done.SetResult(response);
                }
                finally
                {
                    web.Dispose();
                }
            };
            return done.Task;
        }
    }
}
