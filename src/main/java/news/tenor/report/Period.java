package news.tenor.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * A range of publication days, both ends included. Comments carry no time of their own,
 * so a comment counts on its article's day.
 */
public record Period(LocalDate from, LocalDate to) {

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a period cannot end (" + to + ") before it starts (" + from + ")");
		}
	}

	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** The period of the same length that ends the day before this one starts. */
	public Period previous() {
		return new Period(this.from.minusDays(days()), this.from.minusDays(1));
	}

	public Stream<LocalDate> dates() {
		return this.from.datesUntil(this.to.plusDays(1));
	}

	@Override
	public String toString() {
		return this.from.equals(this.to) ? this.from.toString() : this.from + " to " + this.to;
	}

}
