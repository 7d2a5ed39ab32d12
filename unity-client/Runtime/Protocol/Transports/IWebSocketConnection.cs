namespace Koto.Client
{
    /// <summary>What happened on a socket, read by polling so that everything runs on the caller's thread.</summary>
    public enum SocketEventKind
    {
        Opened,
        Message,
        Closed
    }

    /// <summary>
    /// One socket event. Message: <see cref="Text"/> is the text frame. Closed: <see cref="CloseCode"/> is the
    /// close status (1000 normal, 1006 abnormal/unreachable, 4401 unauthorized, 4404 not found) and
    /// <see cref="Reason"/> a reason or error text.
    /// </summary>
    public struct SocketEvent
    {
        public SocketEventKind Kind;
        public string Text;
        public int CloseCode;
        public string Reason;

        public static SocketEvent Opened() { return new SocketEvent { Kind = SocketEventKind.Opened }; }
        public static SocketEvent Message(string text) { return new SocketEvent { Kind = SocketEventKind.Message, Text = text }; }
        public static SocketEvent Closed(int code, string reason) { return new SocketEvent { Kind = SocketEventKind.Closed, CloseCode = code, Reason = reason }; }
    }

    /// <summary>
    /// A WebSocket with a poll-based surface, so the same session logic runs from a console loop, a test, or a
    /// MonoBehaviour's Update() (WebGL has no threads: nothing may wait or run on a timer).
    /// Implementations: <see cref="ClientWebSocketConnection"/> and Koto.Client.Unity.NativeWebSocketConnection.
    /// A connection is used once: after Closed, create a new one.
    /// </summary>
    public interface IWebSocketConnection
    {
        /// <summary>Starts connecting to a ws:// or wss:// URL; returns at once. Ends in Opened or Closed.</summary>
        void Open(string url);

        /// <summary>Queues a text frame; frames go out one at a time in order. Ignored unless open.</summary>
        void Send(string text);

        /// <summary>Starts a normal close (1000); a Closed event follows.</summary>
        void Close();

        /// <summary>The next event, if any; call every frame/tick.</summary>
        bool TryPoll(out SocketEvent socketEvent);
    }

    /// <summary>Creates connections (one per connection attempt).</summary>
    public interface IWebSocketFactory
    {
        IWebSocketConnection Create();
    }
}
