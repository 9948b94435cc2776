package news.tenor.schedule;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowTest {

	static final LocalDate THURSDAY = LocalDate.of(2026, 1, 15);

	@Test
	void relativeWindowsCoverWholeDaysBeforeToday() {
		assertThat(Window.named("previous-day").resolve(THURSDAY))
			.isEqualTo(new Window.Days(LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 14)));
		assertThat(Window.named("previous-week").resolve(THURSDAY))
			.isEqualTo(new Window.Days(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11)));
		assertThat(Window.named("previous-week").resolve(LocalDate.of(2026, 1, 12)))
			.isEqualTo(new Window.Days(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11)));
		assertThat(Window.named("last-7-days").resolve(THURSDAY))
			.isEqualTo(new Window.Days(LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 14)));
	}

	@Test
	void unknownNamesAreNotWindows() {
		assertThat(Window.named("yesterday")).isNull();
		assertThat(Window.named("last-0-days")).isNull();
	}

}
