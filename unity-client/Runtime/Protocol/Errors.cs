using System;

namespace Koto.Client
{
    /// <summary>A JSON text that does not have the expected shape.</summary>
    public class KotoProtocolException : Exception
    {
        public KotoProtocolException(string message) : base(message) { }
        public KotoProtocolException(string message, Exception inner) : base(message, inner) { }
    }

    /// <summary>The server could not be reached (DNS, refused, TLS, timeout): retry later.</summary>
    public class KotoTransportException : Exception
    {
        public KotoTransportException(string message) : base(message) { }
        public KotoTransportException(string message, Exception inner) : base(message, inner) { }
    }

    /// <summary>
    /// The server answered with an error status. <see cref="Problem"/> is its RFC 9457 body when it sent one
    /// (its detail is a sentence meant for people); otherwise null.
    /// </summary>
    public class KotoApiException : Exception
    {
        /// <summary>HTTP status, e.g. 400, 401, 404, 409, 413, 415, 429.</summary>
        public int Status { get; private set; }

        /// <summary>The problem+json body, or null.</summary>
        public Problem Problem { get; private set; }

        public KotoApiException(int status, Problem problem, string fallback)
            : base(problem != null && !string.IsNullOrEmpty(problem.Detail)
                ? problem.Detail
                : "HTTP " + status + (string.IsNullOrEmpty(fallback) ? "" : ": " + fallback))
        {
            Status = status;
            Problem = problem;
        }
    }

    /// <summary>The learner must sign in again: the access token expired and no refresh token could renew it.</summary>
    public class KotoSignInRequiredException : KotoApiException
    {
        public KotoSignInRequiredException(Problem problem) : base(401, problem, "sign in again") { }
    }
}
