/**
 * Progress: what staff and learners see about learning. Read models in PostgreSQL (tables
 * {@code progress_*}, see {@code docs/progress.md}) kept current from tutoring's
 * {@link com.koto.tutoring.LearningEvent}s: each is stored in {@code progress_inbox} in the turn's
 * transaction and applied after commit in batches, idempotent per log entry and independent of arrival
 * order; a rebuild from {@code session_events}; the answer review queue; learner REST.
 *
 * <p>API (this package's public types): {@link com.koto.progress.Progress},
 * {@link com.koto.progress.AnswerReview} and {@link com.koto.progress.ProgressRecords}. The inbox, workers,
 * projection, roll-up, rebuild, demo learners, seeding and the REST controller are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package com.koto.progress;
