package news.tenor.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The data folder's own checks, without a database. */
class DataFolderTest {

	@TempDir
	Path work;

	/**
	 * Two commands starting at once on one folder (a run and a {@code list}, or two
	 * machines' schedulers) each check that it can be written: neither may take the
	 * other's check for a folder it cannot write.
	 */
	@Test
	void commandsCheckingOneFolderAtOnceAllFindItWritable() throws Exception {
		Path folder = this.work.resolve("data");
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Void>> checks = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				checks.add(() -> {
					for (int n = 0; n < 200; n++) {
						DataFolder.of(folder).ensureWritable();
					}
					return null;
				});
			}
			for (Future<Void> check : threads.invokeAll(checks)) {
				check.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		try (var left = Files.list(folder)) {
			assertThat(left).as("no probe is left behind").isEmpty();
		}
	}

	@Test
	void aFolderThatCannotBeWrittenSaysSo() throws Exception {
		Path file = Files.writeString(this.work.resolve("not-a-folder"), "x");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataFolder.of(file).ensureWritable())
			.isInstanceOf(DataFolderException.class)
			.hasMessageContaining("cannot make the data folder " + file);
	}

}
