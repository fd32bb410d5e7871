package coach.coffeechat.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The question list being built in {@code questions-prepare}, in the order the questions will be asked. The flow
 * keeps it in one answer ({@link #fromAnswer}, {@link #toAnswer}), so "back" and a restart keep it too. Every
 * change gives a new list. The same question typed again, whatever its case, spacing or punctuation, is on the
 * list already.
 *
 * @param questions the questions, one line each
 */
record QuestionDraft(List<String> questions) {
    /** The most questions a list may hold before the closing ones; more would not fit any meeting. */
    static final int MAX_QUESTIONS = 12;

    QuestionDraft {
        questions = List.copyOf(questions);
    }

    /** The list a flow kept in one answer. */
    static QuestionDraft fromAnswer(String answer) {
        return new QuestionDraft(QuestionLines.fromAnswer(answer));
    }

    /** The list as one answer. */
    String toAnswer() {
        return QuestionLines.toAnswer(questions);
    }

    int size() {
        return questions.size();
    }

    boolean isEmpty() {
        return questions.isEmpty();
    }

    /** Whether another question fits before the closing ones. */
    boolean hasRoom() {
        return questions.size() < MAX_QUESTIONS;
    }

    /** The list numbered from 1, one question per line. */
    String numbered() {
        return QuestionLines.numbered(questions);
    }

    /** The question's number on the list, from 1, or 0 when it is not on it. */
    int numberOf(String question) {
        String wanted = QuestionLines.comparable(question);
        for (int i = 0; i < questions.size(); i++) {
            if (QuestionLines.comparable(questions.get(i)).equals(wanted)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** What adding a question did. */
    sealed interface Addition {
        /** It is the last question now. */
        record Added(QuestionDraft list, int number) implements Addition {
        }

        /** It was on the list already, as this number; the list stays as it was. */
        record AlreadyOn(int number) implements Addition {
        }

        /** The list holds {@link #MAX_QUESTIONS} already; it stays as it was. */
        record Full(int max) implements Addition {
        }
    }

    /** Adds a question at the end, unless it is on the list already or the list is full. */
    Addition add(String question) {
        int number = numberOf(question);
        if (number > 0) {
            return new Addition.AlreadyOn(number);
        }
        if (!hasRoom()) {
            return new Addition.Full(MAX_QUESTIONS);
        }
        List<String> added = new ArrayList<>(questions);
        added.add(question);
        return new Addition.Added(new QuestionDraft(added), added.size());
    }

    /** The list with one question moved, or empty when the move names a place the list does not have. */
    Optional<QuestionDraft> move(QuestionMove move) {
        if (!has(move.from()) || !has(move.to())) {
            return Optional.empty();
        }
        List<String> moved = new ArrayList<>(questions);
        moved.add(move.to() - 1, moved.remove(move.from() - 1));
        return Optional.of(new QuestionDraft(moved));
    }

    /**
     * What removing a question left.
     *
     * @param list the list without it
     * @param removed the question taken off
     */
    record Removal(QuestionDraft list, String removed) {
    }

    /** The list without question {@code number}, or empty when it has no such question. */
    Optional<Removal> remove(int number) {
        if (!has(number)) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>(questions);
        String removed = kept.remove(number - 1);
        return Optional.of(new Removal(new QuestionDraft(kept), removed));
    }

    /** The list with each closing question it does not hold yet added at the end, full or not. */
    QuestionDraft withClosers(List<String> closers) {
        List<String> closed = new ArrayList<>(questions);
        for (String closer : closers) {
            if (new QuestionDraft(closed).numberOf(closer) == 0) {
                closed.add(closer);
            }
        }
        return new QuestionDraft(closed);
    }

    private boolean has(int number) {
        return number >= 1 && number <= questions.size();
    }
}
