/**
 * Progress: what staff and learners see about learning. Read models in PostgreSQL (tables
 * {@code progress_*}, see {@code docs/progress.md}) kept current by listeners of tutoring's
 * {@link com.koto.tutoring.LearningEvent}s (Spring Modulith JPA event publication registry, so an
 * event accepted before a crash is applied after restart), idempotent per log entry and independent
 * of arrival order; a rebuild from {@code session_events}; the answer review queue; learner REST.
 * Public surface: {@link com.koto.progress.Progress}, {@link com.koto.progress.AnswerReview},
 * {@link com.koto.progress.internal.ProgressRebuild} and their records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package com.koto.progress;
