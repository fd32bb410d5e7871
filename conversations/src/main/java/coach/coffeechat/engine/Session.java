package coach.coffeechat.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's conversation state: the stack of open flows (a sub-flow sits above its parent) and, when the user
 * started a new command mid-flow, that command waiting for "resume or set aside".
 *
 * @param user whose session this is
 * @param version increases with every stored change; 0 means never stored
 * @param frames open flows, the innermost last
 * @param pending a command waiting for the resume-or-set-aside answer, or {@code null}
 * @param updatedAt when it last changed
 */
public record Session(UserId user, long version, List<Frame> frames, Input.Command pending, Instant updatedAt) {

    public Session {
        Objects.requireNonNull(user, "user");
        frames = List.copyOf(frames);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The session of a user the store has never seen. */
    public static Session empty(UserId user, Instant now) {
        return new Session(user, 0, List.of(), null, now);
    }

    /** Whether a flow is open. */
    public boolean inFlow() {
        return !frames.isEmpty();
    }

    /** The innermost open flow's frame; only when {@link #inFlow()}. */
    public Frame top() {
        return frames.get(frames.size() - 1);
    }

    /** The outermost open flow's frame; only when {@link #inFlow()}. */
    public Frame bottom() {
        return frames.get(0);
    }

    /**
     * Which question the session is asking: what a typed answer answers. Two sessions at the same position take an
     * answer the same way, whatever else changed between them.
     */
    Position position() {
        if (!inFlow()) {
            return new Position(0, "", "", 0, pending != null);
        }
        Frame top = top();
        return new Position(frames.size(), top.flowId(), top.stepId(), top.history().size(), pending != null);
    }

    /**
     * The question being asked, as {@link #position()} gives it.
     *
     * @param depth how many flows are open (0: none)
     * @param flowId the innermost flow, or empty
     * @param stepId its step, or empty
     * @param walked how many steps of that flow were answered before this one (a step asked again after
     *     {@code back} is a new question)
     * @param pending whether the resume-or-set-aside question is open
     */
    record Position(int depth, String flowId, String stepId, int walked, boolean pending) {
    }

    /** The next version of this session with other frames and pending command. */
    Session next(List<Frame> nextFrames, Input.Command nextPending, Instant now) {
        return new Session(user, version + 1, nextFrames, nextPending, now);
    }
}
