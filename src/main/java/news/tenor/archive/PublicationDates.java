package news.tenor.archive;

import java.time.LocalDate;

/**
 * The publication dates Tenor accepts: from {@link #EARLIEST} to 31 December of the year
 * after today. A date outside them is a typo ({@code 0206-01-15} for 2026) or a
 * placeholder ({@code 0001-01-01}, {@code 9999-12-31}), not a publication day; taken in,
 * it would stretch the report's period over centuries (a Trend row per day) and give
 * Excel dates it cannot show (before 1900). Such an article is rejected with the date and
 * this range. The report may clamp to the same range.
 *
 * @param earliest the first date accepted
 * @param latest the last date accepted
 */
public record PublicationDates(LocalDate earliest, LocalDate latest) {

	/** No archive Tenor reads predates web comment sections. */
	public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	/**
	 * The range accepted on a given day: {@link #EARLIEST} to 31 December of next year.
	 */
	public static PublicationDates asOf(LocalDate today) {
		return new PublicationDates(EARLIEST, LocalDate.of(today.getYear() + 1, 12, 31));
	}

	/** The range accepted today, by the system clock. */
	public static PublicationDates today() {
		return asOf(LocalDate.now());
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.earliest) && !date.isAfter(this.latest);
	}

	/** Why a date is refused: "date 0206-01-15 is outside the accepted range ...". */
	String refusal(String what, LocalDate date) {
		return what + " " + date + " is outside the accepted range " + this.earliest + " to " + this.latest
				+ " (a typo?)";
	}

}
