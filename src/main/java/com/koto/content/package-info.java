/**
 * Content: lessons → stages → activities. The {@code lessons} table holds the editable draft (its
 * stages as one jsonb document in the lesson file format); publishing freezes it into an immutable numbered
 * {@code lesson_versions} document in the lesson file format ({@code content/lesson.schema.json}).
 * Learners only ever see published versions.
 *
 * <p>API (this package's public types): {@link com.koto.content.LessonCatalog} (learner side, published
 * lessons), {@link com.koto.content.LessonLibrary}, {@link com.koto.content.LessonHistory},
 * {@link com.koto.content.LessonTransfer}, {@link com.koto.content.LessonSearch} (authoring side), the
 * document records and the rules an edit is checked against ({@link com.koto.content.LessonRules}); event
 * {@link com.koto.content.LessonPublished}. Entities, repositories, the draft store, the change recorder,
 * controllers, demo lessons, JSON column mapping and the document reader are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package com.koto.content;
