package io.github.fulianrules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Values by key, where almost every key has one: the map holds a key's value itself, and a list only
 * for a key of two or more (a district's records by id, the references naming each id). Values are
 * told apart by identity.
 */
final class ByKey<K, V> {
    private final Map<K, Object> map;

    /** For about {@code expectedKeys} keys (0 when not known): the map made that large at once. */
    ByKey(int expectedKeys) {
        map = new HashMap<>(Math.max(16, expectedKeys * 4 / 3 + 1));
    }

    /** Two or more values of one key. */
    private static final class Several extends ArrayList<Object> {
        Several(Object first, Object second) {
            super(4);
            add(first);
            add(second);
        }
    }

    /** Adds {@code value} under {@code key}: how many values the key has now, or 0 if it had this one (the same instance). */
    int add(K key, V value) {
        Object held = map.putIfAbsent(key, value);
        if (held == null) {
            return 1;
        }
        if (held instanceof Several list) {
            for (Object o : list) {
                if (o == value) {
                    return 0;
                }
            }
            list.add(value);
            return list.size();
        }
        if (held == value) {
            return 0;
        }
        map.put(key, new Several(held, value));
        return 2;
    }

    /** Removes and returns the first value of {@code key} that {@code which} takes; null if none does. */
    @SuppressWarnings("unchecked")
    V remove(K key, Predicate<? super V> which) {
        Object held = map.get(key);
        if (held instanceof Several list) {
            for (int i = 0; i < list.size(); i++) {
                V v = (V) list.get(i);
                if (which.test(v)) {
                    list.remove(i);
                    if (list.size() == 1) {
                        map.put(key, list.get(0));
                    }
                    return v;
                }
            }
            return null;
        }
        if (held != null && which.test((V) held)) {
            map.remove(key);
            return (V) held;
        }
        return null;
    }

    /** Whether any value of {@code key} passes {@code test}. */
    @SuppressWarnings("unchecked")
    boolean any(K key, Predicate<? super V> test) {
        Object held = map.get(key);
        if (held instanceof Several list) {
            for (Object o : list) {
                if (test.test((V) o)) {
                    return true;
                }
            }
            return false;
        }
        return held != null && test.test((V) held);
    }

    /** Runs {@code action} on each value of {@code key}. */
    @SuppressWarnings("unchecked")
    void forEach(K key, Consumer<? super V> action) {
        Object held = map.get(key);
        if (held instanceof Several list) {
            list.forEach(o -> action.accept((V) o));
        } else if (held != null) {
            action.accept((V) held);
        }
    }

    /** The values of {@code key}, none, one or more. */
    @SuppressWarnings("unchecked")
    List<V> all(K key) {
        Object held = map.get(key);
        return held instanceof Several list ? (List<V>) List.copyOf(list) : held == null ? List.of() : List.of((V) held);
    }
}
