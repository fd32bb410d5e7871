package coach.coffeechat.coach;

/**
 * Steps taken in some span of time: what the roster and the digest count.
 *
 * @param requestsSent requests marked sent
 * @param replies replies received
 * @param meetingsHeld meetings logged
 * @param thankYousOnTime thank-yous sent within a day of logging the meeting
 */
record Tally(int requestsSent, int replies, int meetingsHeld, int thankYousOnTime) {
    /** Nothing yet. */
    static final Tally ZERO = new Tally(0, 0, 0, 0);

    /** Both together. */
    Tally plus(Tally other) {
        return new Tally(requestsSent + other.requestsSent, replies + other.replies,
                meetingsHeld + other.meetingsHeld, thankYousOnTime + other.thankYousOnTime);
    }

    /** Every step counted once. */
    int steps() {
        return requestsSent + replies + meetingsHeld + thankYousOnTime;
    }
}
