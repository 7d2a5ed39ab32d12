#if KOTO_NATIVEWEBSOCKET
using System;
using System.Collections.Generic;
using System.Text;
using NativeWebSocket;

namespace Koto.Client.Unity
{
    /// <summary>
    /// <see cref="IWebSocketConnection"/> on NativeWebSocket (https://github.com/endel/NativeWebSocket, UPM
    /// "com.endel.nativewebsocket", 1.x or 2.x): the browser's WebSocket in WebGL builds, System.Net.WebSockets
    /// elsewhere. Its events are queued and handed out by <see cref="TryPoll"/>, which also pumps NativeWebSocket's
    /// own message queue outside WebGL, so everything happens inside the caller's Update(). Sends go out one at a
    /// time. Browsers cannot set WebSocket headers: the token travels as ?access_token= in the URL.
    /// NativeWebSocket maps close codes it does not know (4401, 4404) to 1004/Undefined; TutorSession therefore
    /// also reads the server's preceding error message.
    /// </summary>
    public sealed class NativeWebSocketConnection : IWebSocketConnection
    {
        readonly object gate = new object();
        readonly Queue<SocketEvent> events = new Queue<SocketEvent>();
        readonly Queue<string> outbox = new Queue<string>();
        WebSocket socket;
        bool sending;
        bool closedReported;
        string lastError;

        public void Open(string url)
        {
            if (socket != null) throw new InvalidOperationException("A connection is used once; create a new one.");
            socket = new WebSocket(url);
            socket.OnOpen += () => Enqueue(SocketEvent.Opened());
            socket.OnMessage += bytes => Enqueue(SocketEvent.Message(Encoding.UTF8.GetString(bytes)));
            socket.OnError += message => { lastError = message; };
            socket.OnClose += code => ReportClosed((int)code, lastError);
            // Connect() completes only when the socket closes: do not await it
            var connecting = socket.Connect();
            connecting.ContinueWith(t =>
            {
                if (t.IsFaulted) ReportClosed(1006, t.Exception.GetBaseException().Message);
            }, System.Threading.Tasks.TaskContinuationOptions.ExecuteSynchronously);
        }

        public void Send(string text)
        {
            lock (gate) outbox.Enqueue(text);
            Pump();
        }

        public void Close()
        {
            if (socket == null) return;
            if (socket.State == WebSocketState.Open || socket.State == WebSocketState.Connecting)
            {
                var closing = socket.Close();
                closing.ContinueWith(t => ReportClosed(1000, "closed by client"),
                    System.Threading.Tasks.TaskContinuationOptions.ExecuteSynchronously);
            }
            else
            {
                ReportClosed(1000, "closed by client");
            }
        }

        public bool TryPoll(out SocketEvent socketEvent)
        {
#if !UNITY_WEBGL || UNITY_EDITOR
            if (socket != null) socket.DispatchMessageQueue();
#endif
            Pump();
            lock (gate)
            {
                if (events.Count > 0)
                {
                    socketEvent = events.Dequeue();
                    return true;
                }
            }
            socketEvent = default(SocketEvent);
            return false;
        }

        /// <summary>Sends queued frames one after the other (the previous send must finish first).</summary>
        async void Pump()
        {
            lock (gate)
            {
                if (sending || socket == null || socket.State != WebSocketState.Open || outbox.Count == 0) return;
                sending = true;
            }
            try
            {
                while (true)
                {
                    string next;
                    lock (gate)
                    {
                        if (outbox.Count == 0 || socket.State != WebSocketState.Open) break;
                        next = outbox.Dequeue();
                    }
                    await socket.SendText(next);
                }
            }
            catch (Exception e)
            {
                lastError = e.Message;
            }
            finally
            {
                lock (gate) sending = false;
            }
        }

        void Enqueue(SocketEvent e)
        {
            lock (gate) events.Enqueue(e);
        }

        void ReportClosed(int code, string reason)
        {
            lock (gate)
            {
                if (closedReported) return;
                closedReported = true;
                events.Enqueue(SocketEvent.Closed(code, reason));
            }
        }
    }

    /// <summary>Creates <see cref="NativeWebSocketConnection"/>s.</summary>
    public sealed class NativeWebSocketFactory : IWebSocketFactory
    {
        public IWebSocketConnection Create()
        {
            return new NativeWebSocketConnection();
        }
    }
}
#endif
