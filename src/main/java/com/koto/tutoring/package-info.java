/**
 * Tutoring: learner sessions and the lesson orchestrator — the turn path from a learner's input
 * through evaluation to the tutor's reply and the next activity — with its REST and WebSocket endpoints.
 * Every input, evaluation and reply is appended to {@code session_events} in the transaction that
 * acknowledges it. An answer is judged in {@code internal.ActivityJudge}.
 *
 * <p>API (this package's public types): {@link com.koto.tutoring.LessonOrchestrator} and its records, the
 * console's preview ({@link com.koto.tutoring.PreviewService}, {@link com.koto.tutoring.PreviewPlay}), staff
 * reads ({@link com.koto.tutoring.SessionRecords}), the socket protocol
 * ({@link com.koto.tutoring.ClientMessage}, {@link com.koto.tutoring.ServerMessage}) and the events
 * {@link com.koto.tutoring.LearningEvent} and {@link com.koto.tutoring.AudioUploaded} (heard inside the module;
 * kept here because the event publication registry stores its class name). Everything else is in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tutoring")
package com.koto.tutoring;
