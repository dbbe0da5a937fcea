package dk.erhvervshus.validation;

import java.util.Optional;

/**
 * The spellings a coded answer may arrive in and what each means (a service's vocabularies, such as
 * the Danish labels of a survey export), so {@link Validation} can read answers of any scale.
 */
public interface AnswerScale<T> {

    /** Absent, blank, or a spelling that means "not answered". */
    boolean isMissingAnswer(String value);

    Optional<T> find(String value);

    /** The accepted spellings, for a rejection message. */
    String describe();
}
