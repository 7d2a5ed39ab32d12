package com.koto.tutoring.internal;

import com.koto.tutoring.SessionView;
import java.util.List;

/**
 * One page of a learner's sessions ({@code GET /api/v1/sessions}), newest first.
 *
 * @param items      the sessions (without event logs; {@code current_activity} set while active, so a
 *                   client can resume)
 * @param page       0-based page number
 * @param size       requested page size
 * @param totalItems sessions matching the filter
 * @param totalPages pages at this size
 */
public record SessionPage(List<SessionView> items, int page, int size, long totalItems, int totalPages) {
}
