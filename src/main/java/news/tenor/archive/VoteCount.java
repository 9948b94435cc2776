package news.tenor.archive;

/**
 * The vote line that closes a comment: {@code NET ( +UP / -DOWN )}. NET is kept as
 * printed, even when it differs from UP - DOWN, because that is what readers saw.
 */
public record VoteCount(int net, int up, int down) {
}
