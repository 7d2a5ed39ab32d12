using System.Runtime.Serialization;

// WebSocket messages of /ws/sessions/{id}: JSON objects with a "type". Server → client messages are read
// in two steps (MessageEnvelope for the type, then the typed class), see SessionMessages.Decode.
namespace Koto.Client
{
    /// <summary>The message types of the session socket (both directions).</summary>
    public static class MessageTypes
    {
        // client → server
        public const string Auth = "auth";
        public const string UserInput = "user_input";
        public const string AudioUploaded = "audio_uploaded";
        public const string Ping = "ping";
        // server → client
        public const string Activity = "activity";
        public const string Transcript = "transcript";
        public const string Evaluation = "evaluation";
        public const string TutorResponse = "tutor_response";
        public const string StageComplete = "stage_complete";
        public const string SessionComplete = "session_complete";
        public const string AudioStatus = "audio_status";
        public const string Error = "error";
        public const string Pong = "pong";
    }

    /// <summary>Only the type of a message, read first to choose the typed class.</summary>
    [DataContract]
    public sealed class MessageEnvelope
    {
        [DataMember(Name = "type", Order = 1)] public string Type;
    }

    /// <summary>Base of every socket message.</summary>
    [DataContract]
    public abstract class SocketMessage
    {
        [DataMember(Name = "type", Order = 0)] public string Type;
    }

    // ---- client → server ----

    /// <summary>First message when the token could not go in the URL: {type:"auth", access_token}.</summary>
    [DataContract(Name = "AuthMessage")]
    public sealed class AuthMessage : SocketMessage
    {
        [DataMember(Name = "access_token", Order = 1)] public string AccessToken;
        public AuthMessage() { Type = MessageTypes.Auth; }
    }

    /// <summary>A typed answer: text ≤ 500 characters, client_event_id ≤ 64 of [A-Za-z0-9._:-] (idempotency key).</summary>
    [DataContract(Name = "UserInputMessage")]
    public sealed class UserInputMessage : SocketMessage
    {
        [DataMember(Name = "text", Order = 1)] public string Text;
        [DataMember(Name = "client_event_id", Order = 2)] public string ClientEventId;
        public UserInputMessage() { Type = MessageTypes.UserInput; }
    }

    /// <summary>Asks for the processing status of an uploaded recording (answered with audio_status).</summary>
    [DataContract(Name = "AudioUploadedMessage")]
    public sealed class AudioUploadedMessage : SocketMessage
    {
        [DataMember(Name = "audio_id", Order = 1)] public string AudioId;
        public AudioUploadedMessage() { Type = MessageTypes.AudioUploaded; }
    }

    /// <summary>Keep-alive; answered with pong.</summary>
    [DataContract(Name = "PingMessage")]
    public sealed class PingMessage : SocketMessage
    {
        public PingMessage() { Type = MessageTypes.Ping; }
    }

    // ---- server → client ----

    /// <summary>The activity to answer now (also sent on connect, so a reconnect resumes), with its tutor audio.</summary>
    [DataContract(Name = "ActivityMessage")]
    public sealed class ActivityMessage : SocketMessage
    {
        [DataMember(Name = "activity", Order = 1)] public LearnerActivity Activity;
        [DataMember(Name = "audio_url", Order = 2)] public string AudioUrl;
        [DataMember(Name = "duration_ms", Order = 3)] public int? DurationMs;
    }

    /// <summary>What the speech recognizer heard in a voice answer; confidence 0.0-1.0.</summary>
    [DataContract(Name = "TranscriptMessage")]
    public sealed class TranscriptMessage : SocketMessage
    {
        [DataMember(Name = "audio_id", Order = 1)] public string AudioId;
        [DataMember(Name = "text", Order = 2)] public string Text;
        [DataMember(Name = "confidence", Order = 3)] public double Confidence;
    }

    /// <summary>The evaluation of an answer; client_event_id is "audio:&lt;audio_id&gt;" for voice answers.</summary>
    [DataContract(Name = "EvaluationMessage")]
    public sealed class EvaluationMessage : SocketMessage
    {
        [DataMember(Name = "client_event_id", Order = 1)] public string ClientEventId;
        [DataMember(Name = "evaluation", Order = 2)] public Evaluation Evaluation;
    }

    /// <summary>The tutor's reply to an answer (same fields as <see cref="TutorResponse"/>).</summary>
    [DataContract(Name = "TutorResponse")]
    public sealed class TutorResponseMessage : SocketMessage
    {
        [DataMember(Name = "client_event_id", Order = 1)] public string ClientEventId;
        [DataMember(Name = "text", Order = 2)] public string Text;
        [DataMember(Name = "translation", Order = 3)] public string Translation;
        [DataMember(Name = "hint", Order = 4)] public string Hint;
        [DataMember(Name = "audio_url", Order = 5)] public string AudioUrl;
        [DataMember(Name = "duration_ms", Order = 6)] public int? DurationMs;

        /// <summary>The same reply as a <see cref="TutorResponse"/>.</summary>
        public TutorResponse ToResponse()
        {
            return new TutorResponse { Text = Text, Translation = Translation, Hint = Hint, AudioUrl = AudioUrl, DurationMs = DurationMs };
        }
    }

    /// <summary>A stage was finished; message in the instruction language.</summary>
    [DataContract(Name = "StageComplete")]
    public sealed class StageCompleteMessage : SocketMessage
    {
        [DataMember(Name = "stage_key", Order = 1)] public string StageKey;
        [DataMember(Name = "stage_index", Order = 2)] public int StageIndex;
        [DataMember(Name = "message", Order = 3)] public string Message;
    }

    /// <summary>The session is over: status completed (with total_score 0-100) or ended; closing message.</summary>
    [DataContract(Name = "SessionComplete")]
    public sealed class SessionCompleteMessage : SocketMessage
    {
        [DataMember(Name = "status", Order = 1)] public string Status;
        [DataMember(Name = "total_score", Order = 2)] public int? TotalScore;
        [DataMember(Name = "message", Order = 3)] public string Message;
    }

    /// <summary>Answer to audio_uploaded: processing, done (with transcript), failed (with error_code) or not_found.</summary>
    [DataContract(Name = "AudioStatusMessage")]
    public sealed class AudioStatusMessage : SocketMessage
    {
        [DataMember(Name = "audio_id", Order = 1)] public string AudioId;
        [DataMember(Name = "status", Order = 2)] public string Status;
        [DataMember(Name = "transcript", Order = 3)] public string Transcript;
        [DataMember(Name = "error_code", Order = 4)] public string ErrorCode;
    }

    /// <summary>
    /// An error: code (unauthorized, not_found, bad_message, unknown_type, session_not_active, rate_limited,
    /// stt_not_configured, stt_failed, internal, …), a human detail, and the audio_id for voice-answer failures.
    /// </summary>
    [DataContract(Name = "ErrorMessage")]
    public sealed class ErrorMessage : SocketMessage
    {
        [DataMember(Name = "code", Order = 1)] public string Code;
        [DataMember(Name = "detail", Order = 2)] public string Detail;
        [DataMember(Name = "audio_id", Order = 3)] public string AudioId;
    }

    /// <summary>Answer to ping.</summary>
    [DataContract(Name = "PongMessage")]
    public sealed class PongMessage : SocketMessage
    {
    }

    /// <summary>A message of a type this client does not know (newer server): kept, not an error.</summary>
    public sealed class UnknownMessage : SocketMessage
    {
        /// <summary>The raw JSON.</summary>
        public string Json;
    }

    /// <summary>Decodes server → client messages into their typed classes.</summary>
    public static class SessionMessages
    {
        /// <summary>
        /// The typed message for a JSON text frame.
        /// </summary>
        /// <exception cref="KotoProtocolException">when the text is not a JSON object with a type</exception>
        public static SocketMessage Decode(IJsonCodec codec, string json)
        {
            MessageEnvelope envelope;
            try
            {
                envelope = codec.Deserialize<MessageEnvelope>(json);
            }
            catch (System.Exception e)
            {
                throw new KotoProtocolException("A socket message is not JSON: " + Abbreviate(json), e);
            }
            if (envelope == null || string.IsNullOrEmpty(envelope.Type))
            {
                throw new KotoProtocolException("A socket message has no type: " + Abbreviate(json));
            }
            switch (envelope.Type)
            {
                case MessageTypes.Activity: return codec.Deserialize<ActivityMessage>(json);
                case MessageTypes.Transcript: return codec.Deserialize<TranscriptMessage>(json);
                case MessageTypes.Evaluation: return codec.Deserialize<EvaluationMessage>(json);
                case MessageTypes.TutorResponse: return codec.Deserialize<TutorResponseMessage>(json);
                case MessageTypes.StageComplete: return codec.Deserialize<StageCompleteMessage>(json);
                case MessageTypes.SessionComplete: return codec.Deserialize<SessionCompleteMessage>(json);
                case MessageTypes.AudioStatus: return codec.Deserialize<AudioStatusMessage>(json);
                case MessageTypes.Error: return codec.Deserialize<ErrorMessage>(json);
                case MessageTypes.Pong: return codec.Deserialize<PongMessage>(json);
                default: return new UnknownMessage { Type = envelope.Type, Json = json };
            }
        }

        static string Abbreviate(string s)
        {
            if (s == null) return "(null)";
            return s.Length <= 120 ? s : s.Substring(0, 120) + "…";
        }
    }
}
