package news.tenor.scoring;

/**
 * The last time this JVM found it had too little heap for a model (the parser's, the
 * language detector's, the named-entity recogniser's), with the reason and what to give
 * it. Near the limit the error that ends a Spark job can strike any thread (Spark's own
 * cleaner stops the context, the job is "cancelled because SparkContext was shut down"):
 * the score step then reports this reason instead, which is what the user can act on.
 */
public final class MemoryShortage {

	private static volatile String last;

	private static boolean watching;

	private MemoryShortage() {
	}

	/**
	 * Records a shortage and returns the exception to throw for it: no cause, since Spark
	 * ends the JVM (exit 52) for an {@link OutOfMemoryError} anywhere in a task's chain.
	 */
	public static IllegalStateException of(String reason) {
		last = reason;
		return new IllegalStateException(reason);
	}

	/**
	 * {@link #of} for the usual reason: "not enough memory WHAT: this JVM may use at most
	 * N MB of heap, give it GIVE with -Xmx, or -Dspark.executor.memory on a cluster",
	 * then ", or ALTERNATIVE" for each.
	 */
	public static IllegalStateException notEnough(String what, String give, String... alternatives) {
		StringBuilder reason = new StringBuilder("not enough memory ").append(what)
			.append(": this JVM may use at most ")
			.append(heapMb())
			.append(" MB of heap, give it ")
			.append(give)
			.append(" with -Xmx, or -Dspark.executor.memory on a cluster");
		for (String alternative : alternatives) {
			reason.append(", or ").append(alternative);
		}
		return of(reason.toString());
	}

	/** "at least 1,100 MB". */
	public static String atLeast(int megabytes) {
		return "at least " + megabytes(megabytes);
	}

	/** "1,100 MB". */
	public static String megabytes(int megabytes) {
		return String.format(java.util.Locale.ROOT, "%,d MB", megabytes);
	}

	/** The most heap this JVM may use, in MB. */
	static long heapMb() {
		return Runtime.getRuntime().maxMemory() / (1024 * 1024);
	}

	/** Whether an {@link OutOfMemoryError} is anywhere in the failure's chain. */
	public static boolean causedByOutOfMemory(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof OutOfMemoryError) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Records an {@link OutOfMemoryError} that ends any thread of this JVM (Spark's own
	 * threads among them: its context cleaner stops the context when it runs out), then
	 * lets the handler that was there before see it.
	 */
	static synchronized void watchThreads() {
		if (watching) {
			return;
		}
		watching = true;
		Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
		Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
			if (failure instanceof OutOfMemoryError && last == null) {
				last = "this JVM ran out of memory (in " + thread.getName() + "; it may use at most " + heapMb()
						+ " MB of heap): give it more with -Xmx, "
						+ "or -Dspark.executor.memory on a cluster, or lower --max-sentence-tokens";
			}
			if (before != null) {
				before.uncaughtException(thread, failure);
			}
			else {
				System.err.print("Exception in thread \"" + thread.getName() + "\" ");
				failure.printStackTrace();
			}
		});
	}

	/** Forgets the recorded shortage (tests). */
	static void forget() {
		last = null;
	}

	/** The last shortage this JVM recorded, or null. */
	public static String last() {
		return last;
	}

	/**
	 * The recorded shortage when it is what ended the failed job (it died of too little
	 * memory, with its context, or of the shortage itself), else null.
	 */
	static String behind(Throwable failure) {
		String shortage = last;
		if (shortage == null) {
			return null;
		}
		if (causedByOutOfMemory(failure)) {
			return shortage;
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t.getMessage() != null
					&& (t.getMessage().contains("SparkContext was shut down") || t.getMessage().contains(shortage))) {
				return shortage;
			}
		}
		return null;
	}

	/**
	 * Why a Spark job failed, as a user can act on it: the recorded shortage when the job
	 * died of too little memory or with its context, else the job's own message.
	 */
	static String reason(Throwable failure) {
		String shortage = behind(failure);
		return shortage != null ? shortage : failure.getMessage();
	}

}
