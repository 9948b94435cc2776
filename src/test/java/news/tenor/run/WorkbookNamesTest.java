package news.tenor.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookNamesTest {

	@TempDir
	Path folder;

	@Test
	void aNameTakenWithinTheSameSecondGetsTheNextFreeNumber() throws Exception {
		String name = this.folder.resolve("tenor-2026-11-27-101500.xlsx").toString();
		assertThat(WorkbookNames.unused(name)).isEqualTo(name);
		Files.writeString(Path.of(name), "first run's");
		assertThat(WorkbookNames.unused(name)).endsWith("tenor-2026-11-27-101500-2.xlsx");
		Files.writeString(this.folder.resolve("tenor-2026-11-27-101500-2.xlsx"), "second run's");
		assertThat(WorkbookNames.unused(name)).endsWith("tenor-2026-11-27-101500-3.xlsx");
	}

}
