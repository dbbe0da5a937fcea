package dk.erhvervshus.e2e;

import java.util.function.Consumer;

/** One mutation of a body (or of a part of it) that on its own makes the request invalid. */
record Edit<T>(String description, Consumer<T> change) {

    void applyTo(T target) {
        change.accept(target);
    }

    @Override
    public String toString() {
        return description;
    }
}
