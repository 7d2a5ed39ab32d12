using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Koto.Client
{
    /// <summary>
    /// <see cref="IWebSocketConnection"/> on System.Net.WebSockets.ClientWebSocket (desktop, Mono, tests). A
    /// background receive loop queues events for <see cref="TryPoll"/>; sends go out one at a time (Mono's
    /// ClientWebSocket does not allow concurrent sends) from a single send loop.
    /// </summary>
    public sealed class ClientWebSocketConnection : IWebSocketConnection
    {
        readonly ConcurrentQueue<SocketEvent> events = new ConcurrentQueue<SocketEvent>();
        readonly BlockingCollection<string> outbox = new BlockingCollection<string>();
        readonly CancellationTokenSource cancel = new CancellationTokenSource();
        readonly TimeSpan connectTimeout;
        ClientWebSocket socket;
        int closedReported;

        public ClientWebSocketConnection() : this(TimeSpan.FromSeconds(10)) { }

        public ClientWebSocketConnection(TimeSpan connectTimeout)
        {
            this.connectTimeout = connectTimeout;
        }

        /// <inheritdoc />
        public void Open(string url)
        {
            if (socket != null) throw new InvalidOperationException("A connection is used once; create a new one.");
            socket = new ClientWebSocket();
            Task.Run(() => Run(new Uri(url)));
        }

        /// <inheritdoc />
        public void Send(string text)
        {
            if (!outbox.IsAddingCompleted)
            {
                try { outbox.Add(text); } catch (InvalidOperationException) { /* closing */ }
            }
        }

        /// <inheritdoc />
        public void Close()
        {
            var s = socket;
            if (s == null) return;
            outbox.CompleteAdding();
            Task.Run(async () =>
            {
                try
                {
                    if (s.State == WebSocketState.Open)
                    {
                        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3)))
                        {
                            await s.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token).ConfigureAwait(false);
                        }
                    }
                }
                catch (Exception) { /* already gone */ }
                finally
                {
                    cancel.Cancel();
                    ReportClosed(1000, "closed by client");
                }
            });
        }

        /// <inheritdoc />
        public bool TryPoll(out SocketEvent socketEvent)
        {
            return events.TryDequeue(out socketEvent);
        }

        async Task Run(Uri uri)
        {
            try
            {
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token))
                {
                    timeout.CancelAfter(connectTimeout);
                    await socket.ConnectAsync(uri, timeout.Token).ConfigureAwait(false);
                }
            }
            catch (Exception e)
            {
                ReportClosed(1006, "could not connect: " + e.Message);
                return;
            }
            events.Enqueue(SocketEvent.Opened());
            var sender = Task.Run(() => SendLoop());
            await ReceiveLoop().ConfigureAwait(false);
            outbox.CompleteAdding();
            await sender.ConfigureAwait(false);
        }

        async Task SendLoop()
        {
            try
            {
                foreach (var text in outbox.GetConsumingEnumerable(cancel.Token))
                {
                    var bytes = Encoding.UTF8.GetBytes(text);
                    await socket.SendAsync(new ArraySegment<byte>(bytes), WebSocketMessageType.Text, true, cancel.Token).ConfigureAwait(false);
                }
            }
            catch (Exception)
            {
                // the receive loop reports the close
            }
        }

        async Task ReceiveLoop()
        {
            var buffer = new byte[16 * 1024];
            var message = new MemoryStream();
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), cancel.Token).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        int code = result.CloseStatus.HasValue ? (int)result.CloseStatus.Value : 1005;
                        try
                        {
                            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
                            {
                                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token).ConfigureAwait(false);
                            }
                        }
                        catch (Exception) { /* best effort */ }
                        ReportClosed(code, result.CloseStatusDescription);
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                    if (result.EndOfMessage)
                    {
                        if (result.MessageType == WebSocketMessageType.Text)
                        {
                            events.Enqueue(SocketEvent.Message(Encoding.UTF8.GetString(message.ToArray())));
                        }
                        message.SetLength(0);
                    }
                }
            }
            catch (Exception e)
            {
                ReportClosed(1006, e.Message);
            }
        }

        void ReportClosed(int code, string reason)
        {
            if (Interlocked.Exchange(ref closedReported, 1) == 0)
            {
                events.Enqueue(SocketEvent.Closed(code, reason));
            }
        }
    }

    /// <summary>Creates <see cref="ClientWebSocketConnection"/>s.</summary>
    public sealed class ClientWebSocketFactory : IWebSocketFactory
    {
        public IWebSocketConnection Create()
        {
            return new ClientWebSocketConnection();
        }
    }
}
