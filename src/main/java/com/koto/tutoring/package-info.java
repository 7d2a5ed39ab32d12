/**
 * Tutoring: learner sessions and the lesson orchestrator — the turn path from a learner's input
 * through evaluation to the tutor's reply and the next activity — with its REST endpoints.
 * Every input, evaluation and reply is appended to {@code session_events} in the transaction that
 * acknowledges it. Public surface: {@link com.koto.tutoring.LessonOrchestrator} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tutoring")
package com.koto.tutoring;
