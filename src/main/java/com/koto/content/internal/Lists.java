package com.koto.content.internal;

import java.util.ArrayList;
import java.util.List;

/** Copy-on-write edits of the immutable lists inside lesson documents. */
public final class Lists {

    private Lists() {
    }

    /** A copy with the item at {@code index} replaced, or appended when {@code index} is the size. */
    public static <T> List<T> put(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        if (index == copy.size()) {
            copy.add(item);
        } else {
            copy.set(index, item);
        }
        return copy;
    }

    public static <T> List<T> remove(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** A copy with the item at {@code from} moved so that it ends up at {@code to}. */
    public static <T> List<T> move(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return copy;
    }
}
