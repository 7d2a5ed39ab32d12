/**
 * Content: lessons → stages → activities. The {@code lessons} table holds the editable draft (its
 * stages as one jsonb document in the lesson file format); publishing freezes it into an immutable numbered
 * {@code lesson_versions} document in the lesson file format ({@code content/lesson.schema.json}).
 * Learners only ever see published versions. Public surface: {@link com.koto.content.LessonCatalog}
 * (learner side), {@link com.koto.content.LessonLibrary}, {@link com.koto.content.LessonSearch} (authoring side),
 * {@link com.koto.content.internal.LessonDocuments} and the document records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package com.koto.content;
