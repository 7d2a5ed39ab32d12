using System.Collections.Generic;
using System.Runtime.Serialization;

// The wire types of the koto tutoring API (REST /api/v1 and WebSocket /ws/sessions/{id}).
// JSON names are the server's snake_case names; each [DataContract(Name = ...)] is the name of the
// matching component schema in docs/api/openapi.json, which UnityContractTest (Java) checks field by field.
// Ids and timestamps stay strings (UUID, ISO-8601 instant) so no serializer has to guess their format.
namespace Koto.Client
{
    /// <summary>Body of POST /api/v1/auth/token.</summary>
    [DataContract(Name = "Credentials")]
    public sealed class Credentials
    {
        [DataMember(Name = "username", Order = 1)] public string Username;
        [DataMember(Name = "password", Order = 2)] public string Password;
    }

    /// <summary>Body of POST /api/v1/auth/refresh and /api/v1/auth/logout.</summary>
    [DataContract(Name = "RefreshRequest")]
    public sealed class RefreshRequest
    {
        [DataMember(Name = "refresh_token", Order = 1)] public string RefreshToken;
    }

    /// <summary>
    /// Answer of the token endpoints. <c>expires_in</c> is the access token's lifetime in seconds;
    /// <c>refresh_token</c> is opaque and rotates on every use (null from servers without refresh tokens).
    /// </summary>
    [DataContract(Name = "TokenResponse")]
    public sealed class TokenResponse
    {
        [DataMember(Name = "access_token", Order = 1)] public string AccessToken;
        [DataMember(Name = "token_type", Order = 2)] public string TokenType;
        [DataMember(Name = "expires_in", Order = 3)] public long ExpiresIn;
        [DataMember(Name = "refresh_token", Order = 4, EmitDefaultValue = false)] public string RefreshToken;
        /// <summary>Lifetime of the refresh token in seconds (0 from servers without refresh tokens).</summary>
        [DataMember(Name = "refresh_expires_in", Order = 5, EmitDefaultValue = false)] public long RefreshExpiresIn;
    }

    /// <summary>Body of POST /api/v1/learners (self-registration). instruction_lang: ISO 639-1, e.g. "id".</summary>
    [DataContract(Name = "Registration")]
    public sealed class Registration
    {
        [DataMember(Name = "username", Order = 1)] public string Username;
        [DataMember(Name = "password", Order = 2)] public string Password;
        [DataMember(Name = "display_name", Order = 3)] public string DisplayName;
        [DataMember(Name = "instruction_lang", Order = 4)] public string InstructionLang;
    }

    /// <summary>An account: answer of registration and of GET /api/v1/me.</summary>
    [DataContract(Name = "AccountView")]
    public sealed class Account
    {
        [DataMember(Name = "id", Order = 1)] public string Id;
        [DataMember(Name = "username", Order = 2)] public string Username;
        [DataMember(Name = "display_name", Order = 3)] public string DisplayName;
        /// <summary>LEARNER, TEACHER or ADMIN.</summary>
        [DataMember(Name = "role", Order = 4)] public string Role;
        [DataMember(Name = "instruction_lang", Order = 5)] public string InstructionLang;
    }

    /// <summary>A published lesson in GET /api/v1/lessons.</summary>
    [DataContract(Name = "LessonSummary")]
    public sealed class LessonSummary
    {
        [DataMember(Name = "id", Order = 1)] public string Id;
        [DataMember(Name = "slug", Order = 2)] public string Slug;
        [DataMember(Name = "title", Order = 3)] public string Title;
        [DataMember(Name = "title_ko", Order = 4)] public string TitleKo;
        [DataMember(Name = "description", Order = 5)] public string Description;
        [DataMember(Name = "cefr_level", Order = 6)] public string CefrLevel;
        [DataMember(Name = "topik_level", Order = 7)] public int TopikLevel;
        [DataMember(Name = "instruction_langs", Order = 8)] public List<string> InstructionLangs;
        [DataMember(Name = "stage_count", Order = 9)] public int StageCount;
        [DataMember(Name = "activity_count", Order = 10)] public int ActivityCount;
        [DataMember(Name = "version", Order = 11)] public int Version;
    }

    /// <summary>Body of POST /api/v1/sessions.</summary>
    [DataContract(Name = "StartRequest")]
    public sealed class StartRequest
    {
        [DataMember(Name = "lesson_id", Order = 1)] public string LessonId;
        [DataMember(Name = "instruction_lang", Order = 2, EmitDefaultValue = false)] public string InstructionLang;
    }

    /// <summary>A choice option: Korean text and its translation.</summary>
    [DataContract(Name = "Option")]
    public sealed class ActivityOption
    {
        [DataMember(Name = "text", Order = 1)] public string Text;
        [DataMember(Name = "translation", Order = 2)] public string Translation;
    }

    /// <summary>
    /// An activity as the learner sees it (never the accepted answers). type: dialogue, choice, repeat,
    /// fill_blank or ordering (see <see cref="ActivityTypes"/>).
    /// </summary>
    [DataContract(Name = "LearnerActivity")]
    public sealed class LearnerActivity
    {
        [DataMember(Name = "key", Order = 1)] public string Key;
        [DataMember(Name = "stage_key", Order = 2)] public string StageKey;
        [DataMember(Name = "stage_index", Order = 3)] public int StageIndex;
        [DataMember(Name = "activity_index", Order = 4)] public int ActivityIndex;
        [DataMember(Name = "type", Order = 5)] public string Type;
        [DataMember(Name = "difficulty", Order = 6)] public int Difficulty;
        [DataMember(Name = "register", Order = 7)] public string Register;
        [DataMember(Name = "scene", Order = 8)] public string Scene;
        [DataMember(Name = "tutor_line", Order = 9)] public string TutorLine;
        [DataMember(Name = "tutor_line_translation", Order = 10)] public string TutorLineTranslation;
        [DataMember(Name = "instruction", Order = 11)] public string Instruction;
        [DataMember(Name = "options", Order = 12)] public List<ActivityOption> Options;
        [DataMember(Name = "line_to_repeat", Order = 13)] public string LineToRepeat;
        [DataMember(Name = "sentence", Order = 14)] public string Sentence;
        [DataMember(Name = "tiles", Order = 15)] public List<string> Tiles;
    }

    /// <summary>The activity types the client knows how to present.</summary>
    public static class ActivityTypes
    {
        public const string Dialogue = "dialogue";
        public const string Choice = "choice";
        public const string Repeat = "repeat";
        public const string FillBlank = "fill_blank";
        public const string Ordering = "ordering";
    }

    /// <summary>How far a session is: counts, 0-based stage index, percent 0-100.</summary>
    [DataContract(Name = "Progress")]
    public sealed class SessionProgress
    {
        [DataMember(Name = "completed_activities", Order = 1)] public int CompletedActivities;
        [DataMember(Name = "total_activities", Order = 2)] public int TotalActivities;
        [DataMember(Name = "stage_index", Order = 3)] public int StageIndex;
        [DataMember(Name = "stage_count", Order = 4)] public int StageCount;
        [DataMember(Name = "percent", Order = 5)] public int Percent;
    }

    /// <summary>One entry of a session's event log (the payload is not modelled: it differs per type).</summary>
    [DataContract(Name = "EventView")]
    public sealed class SessionEventEntry
    {
        [DataMember(Name = "seq", Order = 1)] public int Seq;
        [DataMember(Name = "type", Order = 2)] public string Type;
        [DataMember(Name = "activity_key", Order = 3)] public string ActivityKey;
        [DataMember(Name = "client_event_id", Order = 4)] public string ClientEventId;
        [DataMember(Name = "created_at", Order = 5)] public string CreatedAt;
    }

    /// <summary>
    /// A learner session. status: active, completed or ended (<see cref="SessionStatus"/>);
    /// current_activity is null once the session is over; total_score 0-100 once completed.
    /// </summary>
    [DataContract(Name = "SessionView")]
    public sealed class SessionView
    {
        [DataMember(Name = "id", Order = 1)] public string Id;
        [DataMember(Name = "lesson_id", Order = 2)] public string LessonId;
        [DataMember(Name = "lesson_version", Order = 3)] public int LessonVersion;
        [DataMember(Name = "lesson_title", Order = 4)] public string LessonTitle;
        [DataMember(Name = "instruction_lang", Order = 5)] public string InstructionLang;
        [DataMember(Name = "status", Order = 6)] public string Status;
        [DataMember(Name = "current_activity", Order = 7)] public LearnerActivity CurrentActivity;
        [DataMember(Name = "progress", Order = 8)] public SessionProgress Progress;
        [DataMember(Name = "attempts", Order = 9)] public int Attempts;
        [DataMember(Name = "total_score", Order = 10)] public int? TotalScore;
        [DataMember(Name = "started_at", Order = 11)] public string StartedAt;
        [DataMember(Name = "finished_at", Order = 12)] public string FinishedAt;
        [DataMember(Name = "events", Order = 13)] public List<SessionEventEntry> Events;
    }

    /// <summary>Session statuses.</summary>
    public static class SessionStatus
    {
        public const string Active = "active";
        public const string Completed = "completed";
        public const string Ended = "ended";
    }

    /// <summary>Body of POST /api/v1/sessions/{id}/events.</summary>
    [DataContract(Name = "EventRequest")]
    public sealed class EventRequest
    {
        [DataMember(Name = "type", Order = 1)] public string Type = "user_input";
        [DataMember(Name = "text", Order = 2)] public string Text;
        [DataMember(Name = "client_event_id", Order = 3)] public string ClientEventId;
    }

    /// <summary>
    /// One located error. category: particle_missing, particle_allomorph, particle_wrong, honorific, ending,
    /// tense, spelling, spacing, word_order, vocabulary, incomplete; explanation in the instruction language.
    /// </summary>
    [DataContract(Name = "EvaluationError")]
    public sealed class EvaluationError
    {
        [DataMember(Name = "category", Order = 1)] public string Category;
        [DataMember(Name = "original", Order = 2)] public string Original;
        [DataMember(Name = "correction", Order = 3)] public string Correction;
        [DataMember(Name = "explanation", Order = 4)] public string Explanation;
    }

    /// <summary>
    /// The judgement of one answer: score 0-100, passed, errors (notes may be listed on a pass), feedback in the
    /// instruction language, model_answer (the accepted answer closest to the learner's), source (rules, model,
    /// hybrid, cache).
    /// </summary>
    [DataContract(Name = "Evaluation")]
    public sealed class Evaluation
    {
        [DataMember(Name = "score", Order = 1)] public int Score;
        [DataMember(Name = "passed", Order = 2)] public bool Passed;
        [DataMember(Name = "errors", Order = 3)] public List<EvaluationError> Errors;
        [DataMember(Name = "feedback", Order = 4)] public string Feedback;
        [DataMember(Name = "model_answer", Order = 5)] public string ModelAnswer;
        [DataMember(Name = "source", Order = 6)] public string Source;
    }

    /// <summary>
    /// What the tutor says after a turn: Korean text, its translation, a hint after a miss, and synthesized audio
    /// (audio_url may be app-relative; duration_ms in milliseconds) when TTS is configured.
    /// </summary>
    [DataContract(Name = "TutorResponse")]
    public sealed class TutorResponse
    {
        [DataMember(Name = "text", Order = 1)] public string Text;
        [DataMember(Name = "translation", Order = 2)] public string Translation;
        [DataMember(Name = "hint", Order = 3)] public string Hint;
        [DataMember(Name = "audio_url", Order = 4)] public string AudioUrl;
        [DataMember(Name = "duration_ms", Order = 5)] public int? DurationMs;
        /// <summary>The answer this replies to ("audio:&lt;audio_id&gt;" for voice answers); null from older servers.</summary>
        [DataMember(Name = "client_event_id", Order = 6, EmitDefaultValue = false)] public string ClientEventId;
    }

    /// <summary>Synthesized audio of a tutor line: URL (presigned, ≤ 15 min) and duration in ms.</summary>
    [DataContract(Name = "AudioRef")]
    public sealed class AudioRef
    {
        [DataMember(Name = "url", Order = 1)] public string Url;
        [DataMember(Name = "duration_ms", Order = 2)] public int DurationMs;
    }

    /// <summary>
    /// Answer of a REST turn: evaluation, tutor reply, the next activity (the same one after a miss, null when the
    /// lesson is complete), its audio, the session after the turn, and — when this turn finished a stage or the
    /// lesson — the same stage_complete / session_complete objects the socket pushes (null otherwise and from
    /// older servers).
    /// </summary>
    [DataContract(Name = "TurnResult")]
    public sealed class TurnResult
    {
        [DataMember(Name = "evaluation", Order = 1)] public Evaluation Evaluation;
        [DataMember(Name = "tutor_response", Order = 2)] public TutorResponse TutorResponse;
        [DataMember(Name = "next_activity", Order = 3)] public LearnerActivity NextActivity;
        [DataMember(Name = "next_activity_audio", Order = 4)] public AudioRef NextActivityAudio;
        [DataMember(Name = "session", Order = 5)] public SessionView Session;
        [DataMember(Name = "stage_complete", Order = 6, EmitDefaultValue = false)] public StageCompleteMessage StageComplete;
        [DataMember(Name = "session_complete", Order = 7, EmitDefaultValue = false)] public SessionCompleteMessage SessionComplete;
    }

    /// <summary>A page of the learner's sessions (GET /api/v1/sessions), newest first; page is 0-based.</summary>
    [DataContract(Name = "SessionPage")]
    public sealed class SessionPage
    {
        [DataMember(Name = "items", Order = 1)] public List<SessionView> Items;
        [DataMember(Name = "page", Order = 2)] public int Page;
        [DataMember(Name = "size", Order = 3)] public int Size;
        [DataMember(Name = "total_items", Order = 4)] public long TotalItems;
        [DataMember(Name = "total_pages", Order = 5)] public int TotalPages;
    }

    /// <summary>Answer of POST /api/v1/sessions/{id}/audio (202): the recording's id; status "processing".</summary>
    [DataContract(Name = "AudioAccepted")]
    public sealed class AudioAccepted
    {
        [DataMember(Name = "audio_id", Order = 1)] public string AudioId;
        [DataMember(Name = "status", Order = 2)] public string Status;
    }

    /// <summary>An RFC 9457 problem (application/problem+json): the server's error answer.</summary>
    [DataContract(Name = "Problem")]
    public sealed class Problem
    {
        [DataMember(Name = "type", Order = 1)] public string Type;
        [DataMember(Name = "title", Order = 2)] public string Title;
        [DataMember(Name = "status", Order = 3)] public int Status;
        [DataMember(Name = "detail", Order = 4)] public string Detail;
        [DataMember(Name = "instance", Order = 5)] public string Instance;
    }
}
