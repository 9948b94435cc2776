package news.tenor.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which days a job's run covers, relative to the day it runs (in the job's time zone) or
 * fixed. Relative windows cover whole days before today, never today itself, whose
 * comments are still coming in.
 */
public sealed interface Window {

	/** The first and last day covered, both inclusive. */
	record Days(LocalDate from, LocalDate to) {
	}

	Days resolve(LocalDate today);

	/** Yesterday. */
	record PreviousDay() implements Window {

		@Override
		public Days resolve(LocalDate today) {
			return new Days(today.minusDays(1), today.minusDays(1));
		}

		@Override
		public String toString() {
			return "previous-day";
		}

	}

	/** Last week, Monday to Sunday. */
	record PreviousWeek() implements Window {

		@Override
		public Days resolve(LocalDate today) {
			LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
			return new Days(monday, monday.plusDays(6));
		}

		@Override
		public String toString() {
			return "previous-week";
		}

	}

	/** The given number of whole days before today. */
	record LastDays(int days) implements Window {

		@Override
		public Days resolve(LocalDate today) {
			return new Days(today.minusDays(this.days), today.minusDays(1));
		}

		@Override
		public String toString() {
			return "last-" + this.days + "-days";
		}

	}

	/** Fixed dates. */
	record Between(LocalDate from, LocalDate to) implements Window {

		@Override
		public Days resolve(LocalDate today) {
			return new Days(this.from, this.to);
		}

		@Override
		public String toString() {
			return this.from + " to " + this.to;
		}

	}

	Pattern LAST_DAYS = Pattern.compile("last-(\\d{1,5})-days?");

	/**
	 * A relative window by name, or null when the name is none of
	 * {@code previous-day, previous-week, last-N-days}.
	 */
	static Window named(String name) {
		if ("previous-day".equals(name)) {
			return new PreviousDay();
		}
		if ("previous-week".equals(name)) {
			return new PreviousWeek();
		}
		Matcher last = LAST_DAYS.matcher(name);
		if (last.matches() && Integer.parseInt(last.group(1)) >= 1) {
			return new LastDays(Integer.parseInt(last.group(1)));
		}
		return null;
	}

}
